/**
 * Flattens region properties for the map: vector tiles keep only scalar properties, so the
 * chosen tariff's fields become top-level keys. The same features feed the basemap and the
 * tariff choropleth, so the geometry is uploaded once.
 */
import type { RegionCollection } from '../../../data/datasets.ts';

export interface FlatRegionProps {
  code: string;
  name: string;
  iso2: string;
  iso3: string;
  level: 'country' | 'subnational';
  price: number | null;
  price_sector: string | null;
  price_period: string | null;
  price_source: string | null;
  price_basis: string | null;
  price_rule: string | null;
  commercial: number | null;
  commercial_period: string | null;
  commercial_source: string | null;
}

export function flattenRegions(collection: RegionCollection): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const p = f.properties;
      const props: FlatRegionProps = {
        code: p.code,
        name: p.name,
        iso2: p.iso2,
        iso3: p.iso3,
        level: p.level,
        price: p.tariff?.usdPerKwh ?? null,
        price_sector: p.tariff?.sector ?? null,
        price_period: p.tariff?.period ?? null,
        price_source: p.tariff?.sourceId ?? null,
        price_basis: p.tariff?.basis ?? null,
        price_rule: p.tariff?.rule ?? null,
        commercial: p.commercial?.usdPerKwh ?? null,
        commercial_period: p.commercial?.period ?? null,
        commercial_source: p.commercial?.sourceId ?? null,
      };
      return { type: 'Feature', geometry: f.geometry as GeoJSON.Geometry, properties: props };
    }),
  };
}

/** Label ranks from the app's own files: countries by largest-polygon area, places by population and capital flag. */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { RegionCollection } from '../../../data/datasets.ts';
import type { PlacesFile } from '../../../data/schemas.ts';
import { WORLD_VIEW } from '../mapHandle.ts';
import { countryLabelPoints } from './countryLabelPoints.ts';
import { COUNTRY_LABEL_ALL_ZOOM, labelMinZoom, placeSortKey, ranksByDescending } from './labelRank.ts';
import { placesToGeoJson, splitByWeight } from './placesGeoJson.ts';
import { basemapLayers, PLACE_LABEL_LAYERS, PLACE_LABEL_TIERS } from './basemap.ts';
import { sortLayers } from '../layerOrder.ts';

const countries = JSON.parse(readFileSync('data/regions/countries.geojson', 'utf8')) as RegionCollection;
const places = JSON.parse(readFileSync('data/places.json', 'utf8')) as PlacesFile;
const labels = countryLabelPoints(countries).features.map((f) => f.properties!);
const byCode = (code: string) => labels.find((l) => l.code === code)!;
// The first view's tiles are filtered at its integer zoom (MapLibre evaluates zoom in filters per tile).
const firstViewZoom = Math.floor(WORLD_VIEW.zoom);

describe('country labels', () => {
  it('name France, Germany, the UK and Italy at the first view; microstates only when zoomed in', () => {
    for (const code of ['FR', 'DE', 'GB', 'IT'])
      expect(byCode(code).minzoom).toBeLessThanOrEqual(firstViewZoom);
    for (const code of ['VA', 'JE', 'IM']) {
      expect(byCode(code).minzoom).toBeGreaterThan(firstViewZoom + 2);
      expect(byCode(code).minzoom).toBeLessThanOrEqual(COUNTRY_LABEL_ALL_ZOOM);
    }
  });

  it('rank by largest polygon area: 1…n, a big country before its small neighbours', () => {
    expect(labels.map((l) => l.rank).sort((a, b) => a - b)).toEqual(labels.map((_, i) => i + 1));
    expect(byCode('IT').rank).toBeLessThan(byCode('VA').rank);
    expect(byCode('GB').rank).toBeLessThan(byCode('IM').rank);
    expect(byCode('FR').rank).toBeLessThan(byCode('JE').rank);
    const largest = labels.reduce((a, b) => (b.areaKm2 > a.areaKm2 ? b : a));
    expect(largest.rank).toBe(1);
  });

  it('one label point per country, inside the country', () => {
    expect(labels.length).toBe(countries.features.length);
    expect(new Set(labels.map((l) => l.code)).size).toBe(countries.features.length);
    const outside = countryLabelPoints(countries).features.filter(
      (f, i) =>
        !booleanPointInPolygon(f.geometry, countries.features[i] as GeoJSON.Feature<GeoJSON.MultiPolygon>),
    );
    expect(outside.map((f) => f.properties!.code)).toEqual([]);
  });

  it('labelMinZoom: larger or more northern polygons are named earlier', () => {
    expect(labelMinZoom(500_000, 0)).toBeLessThan(labelMinZoom(5_000, 0));
    expect(labelMinZoom(50_000, 60)).toBeLessThan(labelMinZoom(50_000, 0));
    expect(ranksByDescending([3, 9, 1, 9])).toEqual([3, 1, 4, 2]);
  });
});

describe('place labels', () => {
  const features = placesToGeoJson(places, 0).features.map((f) => f.properties!);
  const named = (name: string, country: string) =>
    features.find((p) => p.name === name && p.country === country)!;

  it('marks national capitals from the data (GeoNames PPLC)', () => {
    expect(places.capitals!.length).toBeGreaterThan(100);
    expect(named('Moscow', 'RU').capital).toBe(true);
    expect(named('Ivanovo', 'RU').capital).toBe(false);
  });

  it('places Moscow before Ivanovo, and a capital before a larger provincial city of under ten times its size', () => {
    expect(named('Moscow', 'RU').sortKey).toBeLessThan(named('Ivanovo', 'RU').sortKey);
    const order = features.map((p) => p.sortKey);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(placeSortKey(1_000_000, true)).toBeLessThan(placeSortKey(5_000_000, false));
    expect(placeSortKey(20_000, true)).toBeGreaterThan(placeSortKey(1_000_000, false));
  });

  it('keeps every place of the file at minimum population 0', () => {
    expect(features.length).toBe(places.name.length);
  });
});

describe('place label tiers', () => {
  const minWeights = PLACE_LABEL_TIERS.map((t) => t.minWeight);
  const tiers = splitByWeight(placesToGeoJson(places, 0), minWeights);
  // weights straight from the file: population, ×10 for a national capital (GeoNames PPLC)
  const capitals = new Set(places.capitals ?? []);
  const weights = places.population.map((p, i) => (capitals.has(i) ? p * 10 : p));

  it('hold every place once, each in the highest tier its weight reaches', () => {
    expect(tiers.reduce((n, t) => n + t.features.length, 0)).toBe(places.name.length);
    tiers.forEach((tier, i) => {
      const above = i === 0 ? Infinity : minWeights[i - 1]!;
      const inTier = weights.filter((w) => w >= minWeights[i]! && w < above).length;
      expect(tier.features.length).toBe(inTier);
    });
  });

  it('label only the places of a million or more (capitals ×10) at the first view, Moscow among them', () => {
    const shown = PLACE_LABEL_TIERS.flatMap((t, i) =>
      t.minzoom <= WORLD_VIEW.zoom ? tiers[i]!.features : [],
    );
    expect(shown.length).toBe(weights.filter((w) => w >= 1_000_000).length);
    expect(shown.map((f) => f.properties!.name)).toContain('Moscow');
    expect(shown.length).toBeLessThan(places.name.length / 10);
  });

  it('draw the highest tier on top, so MapLibre places it first (and keep each tier in sort-key order)', () => {
    const ids = sortLayers(basemapLayers()).map((l) => l.id);
    const at = PLACE_LABEL_LAYERS.map((id) => ids.indexOf(id));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => b - a));
    for (const tier of tiers) {
      const keys = tier.features.map((f) => f.properties!.sortKey as number);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });
});

/** Hover text of each overlay, checked against the committed data files (values read from data/, not copied). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { RegionCollectionSchema, type RegionCollection } from '../../data/datasets.ts';
import { IndicatorsFileSchema, MiningSitesFileSchema, SourcesFileSchema } from '../../data/schemas.ts';
import { PlantsFileSchema } from '../../contract/plants.ts';
import { plantFeatures } from './plants/plantFeatures.ts';
import { DEFAULT_STATUSES } from './plants/plantFilter.ts';
import { flattenRegions } from '../map/layers/regionFeatures.ts';
import { carbonOverlay } from './context/countryIndicatorOverlays.ts';
import { miningOverlay, MINING_LAYERS } from './mining/miningOverlay.ts';
import type { OverlayContext } from './overlay.ts';
import { PLANT_LAYERS, plantsOverlay } from './plants/plantsOverlay.ts';
import { TARIFF_LAYERS } from './tariffs/tariffStyle.ts';
import { tariffsOverlay } from './tariffs/tariffsOverlay.ts';
import { useTariffSector } from './tariffs/tariffSector.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(`data/${path}`, 'utf8'));
const sources = SourcesFileSchema.parse(read('sources.json')).sources;
const ctx: OverlayContext = {
  data: {
    miningSites: MiningSitesFileSchema.parse(read('mining_sites.json')).sites,
    plants: PlantsFileSchema.parse(read('plants.json')),
    indicators: IndicatorsFileSchema.parse(read('indicators.json')).countries,
  },
  sources: new Map(sources.map((s) => [s.id, s])),
  grid: null,
};

const feature = (layerId: string, properties: Record<string, unknown>) =>
  ({
    layer: { id: layerId },
    properties,
    geometry: { type: 'Point', coordinates: [0, 0] },
  }) as unknown as MapGeoJSONFeature;

describe('tariffs overlay', () => {
  const admin1 = RegionCollectionSchema.parse(read('regions/admin1.geojson')) as RegionCollection;
  const flat = flattenRegions(admin1).features;
  const texas = admin1.features.find((f) => f.properties.code === 'US-TX')!.properties;
  const texasFlat = flat.find((f) => f.properties?.code === 'US-TX')!.properties!;

  it('describes a region by the chosen sector: price, period and source publisher', () => {
    useTariffSector.getState().setSector('industrial');
    const d = tariffsOverlay.describe!(feature(TARIFF_LAYERS.subnational, texasFlat), ctx)!;
    const source = sources.find((s) => s.id === texas.tariff!.sourceId)!;
    expect(d.title).toBe(texas.name);
    expect(d.lines.join('\n')).toContain(`${texas.tariff!.usdPerKwh.toFixed(4)} USD/kWh`);
    expect(d.lines.join('\n')).toContain(texas.tariff!.period);
    expect(d.lines.join('\n')).toContain(`Source: ${source.publisher}, ${source.period}`);
  });

  it('answers with the commercial price once the sector switches', () => {
    const withCommercial = admin1.features.find((f) => f.properties.commercial)!.properties;
    const props = flat.find((f) => f.properties?.code === withCommercial.code)!.properties!;
    useTariffSector.getState().setSector('commercial');
    const d = tariffsOverlay.describe!(feature(TARIFF_LAYERS.subnational, props), ctx)!;
    useTariffSector.getState().setSector('industrial');
    expect(d.lines[0]).toBe(
      `Commercial price: ${withCommercial.commercial!.usdPerKwh.toFixed(4)} USD/kWh (${withCommercial.commercial!.period})`,
    );
  });
});

describe('point overlays', () => {
  it('describes a mining site by its operator and MW, and selects it', () => {
    const site = ctx.data.miningSites!.find((s) => s.powerMw != null)!;
    const f = feature(MINING_LAYERS.site, { id: site.id });
    const d = miningOverlay.describe!(f, ctx)!;
    expect(d.title).toBe(site.name);
    expect(d.lines[0]).toContain(site.operator);
    expect(d.lines[1]).toContain(`${site.powerMw} MW`);
    expect(miningOverlay.toSelection!(f, ctx)).toEqual({ kind: 'mining-site', id: site.id });
  });

  it('describes a power plant by its size, fuel, status, whole start year, source and vintage', () => {
    const p = ctx.data.plants!;
    // a record whose first unit started mid-range: its year must print as an integer
    const i = p.startYear.findIndex((y, k) => y !== null && p.startYearLast[k] === y);
    const d = plantsOverlay.describe!(feature(PLANT_LAYERS.points, { i }), ctx)!;
    const text = d.lines.join('\n');
    const source = sources.find((s) => s.id === p.sources[p.source[i]]);
    expect(d.title).toBe(p.name[i] || 'Unnamed plant');
    expect(d.lines[0]).toContain(p.fuels[p.fuel[i]]);
    expect(text).toContain(`Started ${p.startYear[i]}`);
    expect(text).not.toMatch(/\d{4}\.\d/);
    expect(text).toContain(p.vintages[p.vintage[i]]);
    expect(text).toContain(p.recordId[i]);
    expect(text).toContain(source?.publisher ?? p.sources[p.source[i]]);
    const cluster = feature(PLANT_LAYERS.clusters, { point_count: 3, mw: 1234.4 });
    expect(plantsOverlay.describe!(cluster, ctx)!.lines[0]).toBe('1.2 GW in total');
    expect(plantsOverlay.toSelection!(cluster, ctx)).toBeNull();
  });

  it('draws operating and under-construction plants by default, and only the statuses chosen', () => {
    const p = ctx.data.plants!;
    const count = (cls: string) => p.statusClass.filter((c) => p.statusClasses[c] === cls).length;
    const byDefault = plantFeatures(p, { fuels: null, statuses: DEFAULT_STATUSES, minMw: 0 }).features;
    expect(byDefault.length).toBe(count('operating') + count('construction'));
    const planned = plantFeatures(p, { fuels: null, statuses: ['planned'], minMw: 0 }).features;
    expect(planned.length).toBe(count('planned'));
    expect(planned.every((f) => f.properties?.status === 'planned')).toBe(true);
  });
});

describe('country indicator overlays', () => {
  it('describes a country by its value, year and source', () => {
    const c = ctx.data.indicators!.find((x) => x.carbonIntensity)!;
    const d = carbonOverlay.describe!(feature('carbon-fill', { iso3: c.iso3 }), ctx)!;
    expect(d.title).toBe(c.name);
    expect(d.lines[0]).toContain(c.carbonIntensity!.value.toFixed(0));
    expect(d.lines[1]).toContain(String(c.carbonIntensity!.year));
  });
});

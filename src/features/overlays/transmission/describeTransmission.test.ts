/** Hover text of lines and substations, against data/transmission and data/sources.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { LinesFileSchema, SubstationsFileSchema } from '../../../contract/transmission.ts';
import { SourcesFileSchema } from '../../../data/schemas.ts';
import type { OverlayContext } from '../overlay.ts';
import { transmissionOverlay } from './transmissionOverlay.ts';
import { TRANSMISSION_LAYERS } from './transmissionStyle.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(`data/${path}`, 'utf8'));
const subs = SubstationsFileSchema.parse(read('transmission/substations.json'));
const lines = LinesFileSchema.parse(read('transmission/lines.geojson'));
const sources = SourcesFileSchema.parse(read('sources.json')).sources;
const ctx: OverlayContext = {
  data: { substations: subs },
  sources: new Map(sources.map((s) => [s.id, s])),
  grid: null,
};
const feature = (layer: string, properties: object) =>
  ({ layer: { id: layer }, properties }) as unknown as MapGeoJSONFeature;

describe('transmission hover', () => {
  it('a line shows its kV, circuits, source and vintage', () => {
    const line = lines.features.find(
      (f) => f.properties.kv !== null && f.properties.circuits !== null,
    )!.properties;
    const d = transmissionOverlay.describe!(feature(TRANSMISSION_LAYERS.lines, line), ctx)!;
    const id = subs.sourceIds[subs.sources.indexOf(line.source)];
    const source = sources.find((s) => s.id === id)!;
    expect(d.title).toBe(`${line.kv} kV line`);
    expect(d.lines.join('\n')).toContain(`${line.circuits} circuit`);
    expect(d.lines.join('\n')).toContain(source.publisher);
    expect(d.lines.join('\n')).toContain(source.period);
  });

  it('an OSM substation without a listed voltage shows the kV borrowed from its lines, and its location quality', () => {
    const i = subs.maxKv.findIndex((kv, k) => kv === null && subs.lineKv[k] !== null);
    const d = transmissionOverlay.describe!(feature(TRANSMISSION_LAYERS.substations, { i }), ctx)!;
    expect(d.title).toBe(subs.name[i] || 'Unnamed substation');
    expect(d.lines.join('\n')).toContain(`${subs.lineKv[i]} kV (kV from connected lines)`);
    expect(d.lines.join('\n')).toContain(subs.vintage[i]);
    expect(d.lines.join('\n')).toContain('OpenStreetMap position');
  });
});

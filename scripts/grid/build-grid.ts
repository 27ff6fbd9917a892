/** The global analysis grid: land cells, one quantised value per layer, manifest. */
import { join } from 'node:path';
import { LAYER_IDS, type GridLayer, type GridManifest, type LayerId } from '../../src/contract/index.ts';
import { writeBinary } from '../lib/io.ts';
import { writeOutput } from '../outputs.ts';
import { landCells } from './cells.ts';
import { capacityLayers } from './layers/capacity.ts';
import { climateLayers } from './layers/climate.ts';
import { connectivityLayers } from './layers/connectivity.ts';
import { energisedLayers } from './layers/energised.ts';
import { indicatorLayers } from './layers/indicators.ts';
import { queueRegionLayers } from './layers/queueRegion.ts';
import { regionLayers, tariffLayers, wholesaleLayers } from './layers/regions.ts';
import { transmissionLayers } from './layers/transmission.ts';
import { noDataFor, quantize } from './quantize.ts';
import { HEIGHT, NORTH, RES_DEG, WEST, WIDTH } from './spec.ts';
import type { GridInputs, LayerFamily, LayerValues } from './types.ts';

export type { GridInputs } from './types.ts';

/** The layer families, in manifest order. A new family is one more entry here (and its ids in src/contract). */
export const LAYER_FAMILIES: readonly LayerFamily[] = [
  regionLayers,
  tariffLayers,
  wholesaleLayers,
  capacityLayers,
  energisedLayers,
  climateLayers,
  indicatorLayers,
  connectivityLayers,
  transmissionLayers,
  queueRegionLayers,
];

export interface GridResult {
  manifest: GridManifest;
  /** Per layer id: share of land cells with a value (not noData). */
  coverage: Partial<Record<LayerId, number>>;
  cellCount: number;
  layerStats: Partial<Record<LayerId, { min: number; max: number; clamped: number }>>;
  /** Raw arrays for tests/report. */
  cells: Uint32Array;
}

/** Every contract id exactly once: a layer the app expects can neither go missing nor appear twice. */
function checkLayerIds(layers: LayerValues[]): void {
  const ids = layers.map((l) => l.spec.id);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  const missing = LAYER_IDS.filter((id) => !ids.includes(id));
  if (dup.length || missing.length)
    throw new Error(`grid layers: duplicate [${dup.join(', ')}], missing [${missing.join(', ')}]`);
}

export function buildGrid(inp: GridInputs, outDir: string, log: (m: string) => void = () => {}): GridResult {
  const t0 = Date.now();
  const g = landCells(inp);
  log(`grid: ${g.n} land cells rasterised (${Date.now() - t0} ms)`);
  const layers = LAYER_FAMILIES.flatMap((family) => family(inp, g, log));
  checkLayerIds(layers);

  writeBinary(join(outDir, 'grid/cells.bin'), g.cells);
  const coverage: GridResult['coverage'] = {};
  const layerStats: GridResult['layerStats'] = {};
  const outLayers: GridLayer[] = [];
  for (const { spec, values } of layers) {
    if (spec.noData !== noDataFor(spec.type))
      throw new Error(`layer ${spec.id}: noData must be the type's max value`);
    const file = `${spec.id}.bin`;
    writeBinary(join(outDir, 'grid', file), quantize(values, spec.type, spec.scale, spec.offset));
    let have = 0;
    let min = Infinity;
    let max = -Infinity;
    let clamped = 0;
    for (let k = 0; k < g.n; k++) {
      const v = values[k]!;
      if (Number.isNaN(v)) continue;
      have++;
      if (v < min) min = v;
      if (v > max) max = v;
      const r = Math.round((v - spec.offset) / spec.scale);
      if (r < 0 || r > spec.noData - 1) clamped++;
    }
    coverage[spec.id] = g.n ? have / g.n : 0;
    layerStats[spec.id] = { min, max, clamped };
    outLayers.push({ ...spec, file });
  }
  const manifest: GridManifest = {
    version: 1,
    resolutionDeg: RES_DEG,
    width: WIDTH,
    height: HEIGHT,
    west: WEST,
    north: NORTH,
    cellCount: g.n,
    cellsFile: 'cells.bin',
    countries: g.countries,
    regions: g.regions,
    layers: outLayers,
  };
  writeOutput(outDir, 'grid/manifest.json', manifest);
  return { manifest, coverage, cellCount: g.n, layerStats, cells: g.cells };
}

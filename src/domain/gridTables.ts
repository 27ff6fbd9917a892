/**
 * The grid scorer's tables: each layer prepared once, and cached lookup tables from a layer's raw codes to
 * 0–100 scores (per transform) or to checks (per limit), plus the time-to-power stage of every cell.
 */
import type { AssumptionValues } from './assumptions.ts';
import type { ResolvedConfig } from './config.ts';
import { getCriterion, type CriterionId } from './criteria.ts';
import type { ScoringGrid } from './grid.ts';
import { regionSlot, stageCodeTable, type StageCodeTable } from './gridStageCodes.ts';
import { stageCodes } from './gridStageKernel.ts';
import {
  absentLayer,
  checkTable,
  labelCheckTable,
  labelValueTable,
  prepareLayer,
  scoreTable,
  TableCache,
  type PreparedLayer,
} from './gridLuts.ts';
import type { LayerId, NumericLayerId } from './layerIds.ts';
import type { RegionalLeadTime } from './leadTimes.ts';
import { atLeast, atMost, blockGrossMw, energisedStatusOk, hvStageLayer } from './timeToPower.ts';

/** Time-to-power code per cell (gridStageCodes.ts) and the table reading them. */
export interface CellStages {
  codes: Uint8Array;
  table: StageCodeTable;
}

export interface GridTables {
  /** Land cells in the grid. */
  readonly n: number;
  /** manifest.countries (ISO3) and manifest.regions (ISO 3166-2): labels of the country and region layers' codes. */
  readonly countries: readonly string[];
  readonly regions: readonly string[];
  layer(id: LayerId): PreparedLayer;
  /** 0–100 score per raw code of a layer under the criterion's transform and direction. */
  scoreLut(layerId: NumericLayerId, criterion: CriterionId, r: ResolvedConfig): Float64Array;
  atMostLut(layerId: string, limit: number): Uint8Array;
  atLeastLut(layerId: string, limit: number): Uint8Array;
  /** Whether each energised-site status code counts as energised. */
  statusLut(): Uint8Array;
  /** A cached check table under `key`, built by `build` on a miss. */
  checkLut(key: string, build: () => Uint8Array): Uint8Array;
  /** Time-to-power code per cell (cached per assumption set and regional lead times). */
  stages(a: AssumptionValues, regional: readonly RegionalLeadTime[]): CellStages;
}

export function createGridTables(grid: ScoringGrid): GridTables {
  const n = grid.cells.length;
  const prepared = new Map<string, PreparedLayer>();
  const layer = (id: LayerId): PreparedLayer => {
    let p = prepared.get(id);
    if (!p) {
      const raw = grid.layers.get(id);
      const info = grid.layerInfo.get(id);
      p = raw && info ? prepareLayer(id, raw, info) : absentLayer(id, n);
      prepared.set(id, p);
    }
    return p;
  };
  const scoreTables = new TableCache<Float64Array>();
  const checkTables = new TableCache<Uint8Array>();
  const stageCache = new TableCache<CellStages>(4);

  const statusLabel = (raw: number): string | null => {
    const info = layer('energized_site_status').info;
    return info.categories?.[String(raw)] ?? String(raw);
  };

  const scoreLut = (layerId: NumericLayerId, criterion: CriterionId, r: ResolvedConfig): Float64Array => {
    const t = r.transforms[criterion];
    const dir = getCriterion(criterion).direction;
    return scoreTables.get(`${layerId}|${dir}|${JSON.stringify(t)}`, () =>
      scoreTable(layer(layerId), t, dir),
    );
  };
  const atMostLut = (layerId: LayerId, limit: number) =>
    checkTables.get(`${layerId}|<=|${limit}`, () => checkTable(layer(layerId), (v) => atMost(v, limit)));
  const atLeastLut = (layerId: LayerId, limit: number) =>
    checkTables.get(`${layerId}|>=|${limit}`, () => checkTable(layer(layerId), (v) => atLeast(v, limit)));
  const statusLut = () =>
    checkTables.get('status|energised', () =>
      labelCheckTable(layer('energized_site_status'), statusLabel, (label) => energisedStatusOk(label)),
    );

  function stages(a: AssumptionValues, regional: readonly RegionalLeadTime[]): CellStages {
    const table = stageCodeTable(a, regional);
    const gross = blockGrossMw(a);
    const hvId = hvStageLayer(a);
    const key = JSON.stringify([
      a.energised_reach_km,
      gross,
      hvId,
      a.hv_substation_reach_km,
      a.strong_generation_min_mw,
      table.regions,
      Array.from(table.lut),
    ]);
    return stageCache.get(key, () => {
      const km = layer('energized_site_km');
      const mw = layer('energized_site_mw');
      const planned = layer('energized_site_mw_planned');
      const st = layer('energized_site_status');
      const hv = layer(hvId);
      const cap = layer('grid_capacity_mw');
      const region = layer('queue_region');
      const regionLabel = (raw: number) => region.info.categories?.[String(raw)] ?? String(raw);
      const out = new Uint8Array(n);
      stageCodes(
        {
          km,
          kmLut: atMostLut(km.id, a.energised_reach_km),
          st,
          stLut: statusLut(),
          mw,
          mwLut: atLeastLut(mw.id, gross),
          planned,
          plannedLut: atLeastLut(planned.id, gross),
          hv,
          hvLut: atMostLut(hvId, a.hv_substation_reach_km),
          cap,
          genLut: atLeastLut(cap.id, a.strong_generation_min_mw),
          region,
          slotLut: labelValueTable(region, regionLabel, (label) => regionSlot(label, table)),
          stageLut: table.lut,
        },
        out,
      );
      return { codes: out, table };
    });
  }

  return {
    n,
    countries: grid.manifest.countries,
    regions: grid.manifest.regions ?? [],
    layer,
    scoreLut,
    atMostLut,
    atLeastLut,
    statusLut,
    checkLut: (key, build) => checkTables.get(key, build),
    stages,
  };
}

/**
 * The grid scorer's tables: each layer prepared once, and cached lookup tables from a layer's raw codes to
 * 0–100 scores (per transform) or to checks (per limit), plus the time-to-power stage of every cell.
 */
import type { AssumptionValues } from './assumptions.ts';
import type { ResolvedConfig } from './config.ts';
import { getCriterion, type CriterionId } from './criteria.ts';
import type { ScoringGrid } from './grid.ts';
import { stageCodes } from './gridStageKernel.ts';
import {
  absentLayer,
  checkTable,
  labelCheckTable,
  prepareLayer,
  scoreTable,
  TableCache,
  type PreparedLayer,
} from './gridLuts.ts';
import type { LayerId, NumericLayerId } from './layerIds.ts';
import {
  atLeast,
  atMost,
  blockGrossMw,
  energisedStatusOk,
  stageLookup,
  stageMonths,
  stageOrder,
} from './timeToPower.ts';

export interface GridTables {
  /** Land cells in the grid. */
  readonly n: number;
  layer(id: LayerId): PreparedLayer;
  /** 0–100 score per raw code of a layer under the criterion's transform and direction. */
  scoreLut(layerId: NumericLayerId, criterion: CriterionId, r: ResolvedConfig): Float64Array;
  atMostLut(layerId: string, limit: number): Uint8Array;
  atLeastLut(layerId: string, limit: number): Uint8Array;
  /** Whether each energised-site status code counts as energised. */
  statusLut(): Uint8Array;
  /** A cached check table under `key`, built by `build` on a miss. */
  checkLut(key: string, build: () => Uint8Array): Uint8Array;
  /** Time-to-power stage per cell (cached per assumption set). */
  stages(a: AssumptionValues): Uint8Array;
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
  const stageCache = new TableCache<Uint8Array>(4);

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

  function stages(a: AssumptionValues): Uint8Array {
    const order = stageOrder(stageMonths(a));
    const gross = blockGrossMw(a);
    const key = [
      a.energised_reach_km,
      gross,
      a.approved_min_grid_mw,
      a.approved_min_stranded,
      a.in_study_min_grid_mw,
      order.join(),
    ].join('|');
    return stageCache.get(key, () => {
      const km = layer('energized_site_km');
      const mw = layer('energized_site_mw');
      const st = layer('energized_site_status');
      const cap = layer('grid_capacity_mw');
      const stranded = layer('stranded_power');
      const kmLut = atMostLut(km.id, a.energised_reach_km);
      const mwLut = atLeastLut(mw.id, gross);
      const stLut = statusLut();
      const apLut = atLeastLut(cap.id, a.approved_min_grid_mw);
      const strLut = atLeastLut(stranded.id, a.approved_min_stranded);
      const studyLut = atLeastLut(cap.id, a.in_study_min_grid_mw);
      const stageLut = stageLookup(order);
      const out = new Uint8Array(n);
      stageCodes(
        {
          km,
          kmLut,
          st,
          stLut,
          mw,
          mwLut,
          cap,
          approvedLut: apLut,
          studyLut,
          stranded,
          strandedLut: strLut,
          stageLut,
        },
        out,
      );
      return out;
    });
  }

  return {
    n,
    layer,
    scoreLut,
    atMostLut,
    atLeastLut,
    statusLut,
    checkLut: (key, build) => checkTables.get(key, build),
    stages,
  };
}

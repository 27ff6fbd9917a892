/** The de-duplication rule (rules.ts DEDUP_RULE): an older record covered by newer same-fuel records is dropped. */
import { around } from 'geokdbush';
import { distanceKm } from '../../src/domain/geo.ts';
import { pointSet } from '../grid/spatial.ts';
import type { PlantRecord } from './records.ts';
import { BUILT_CLASSES, BUILT_RAW_INACTIVE, DEDUP_RULE, MAX_DEDUP_KM, matchGroup } from './rules.ts';

export interface DroppedRecord {
  record: PlantRecord;
  /** The newer records that cover it (nearest first). */
  by: PlantRecord[];
}
export interface DedupResult {
  kept: PlantRecord[];
  dropped: DroppedRecord[];
}
export type DedupRule = {
  distanceKm: Record<PlantRecord['accuracy'], number>;
  capacityTolerance: number;
};

/** Capacity that exists or existed (operating, retired, mothballed): what an older snapshot can have listed. */
export function isBuilt(r: PlantRecord): boolean {
  return BUILT_CLASSES.has(r.statusClass) || r.statusRaw === BUILT_RAW_INACTIVE;
}

/** Newer built records of the older record's fuel group within D km (D by the newer record's location accuracy). */
export function coveringRecords(
  older: PlantRecord,
  newer: PlantRecord[],
  index: ReturnType<typeof pointSet>,
  rule: DedupRule = DEDUP_RULE,
): PlantRecord[] {
  const group = matchGroup(older.fuel);
  const maxKm = Math.max(...Object.values(rule.distanceKm), MAX_DEDUP_KM);
  // filter after the search: a geokdbush predicate that rejects every point makes it walk the whole tree
  return around(index.index, older.lon, older.lat, Infinity, maxKm)
    .map((i) => newer[i]!)
    .filter(
      (n) =>
        matchGroup(n.fuel) === group &&
        isBuilt(n) &&
        distanceKm([older.lon, older.lat], [n.lon, n.lat]) <= rule.distanceKm[n.accuracy],
    );
}

/**
 * Drop each built older record whose capacity is at most (1 + T) × the summed capacity of the newer records covering
 * it. Older records that are not built (construction, planned, shelved, cancelled) are always kept: the newer
 * source they are compared with (EIA-860M) has no such statuses. Order of `kept` = order of `older`.
 */
export function dedupe(
  older: PlantRecord[],
  newer: PlantRecord[],
  rule: DedupRule = DEDUP_RULE,
): DedupResult {
  const index = pointSet(newer);
  const kept: PlantRecord[] = [];
  const dropped: DroppedRecord[] = [];
  for (const o of older) {
    const by = isBuilt(o) ? coveringRecords(o, newer, index, rule) : [];
    const newerMw = by.reduce((s, n) => s + n.capacityMw, 0);
    if (by.length > 0 && o.capacityMw <= (1 + rule.capacityTolerance) * newerMw)
      dropped.push({ record: o, by });
    else kept.push(o);
  }
  return { kept, dropped };
}

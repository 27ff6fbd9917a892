/** Coverage figures of the plant layer for the README report: counts and MW by source and status class. */
import { PLANT_STATUS_CLASSES, type PlantStatusClass } from '../../src/contract/plants.ts';
import type { PlantsBuild } from './plants.ts';
import { compareStrings, type PlantRecord } from './records.ts';

export interface PlantCounts {
  bySource: Record<string, Record<PlantStatusClass, { records: number; mw: number }>>;
  dedup: { gemDroppedByEia: number; gppdDropped: number; gppdKept: number };
  rejectedRows: number;
}

export function countPlants(
  build: Pick<PlantsBuild, 'records' | 'droppedGem' | 'droppedGppd' | 'input' | 'rejected'>,
): PlantCounts {
  const bySource: PlantCounts['bySource'] = {};
  const sources = [...new Set(build.records.map((r) => r.sourceId))].sort(compareStrings);
  for (const s of sources)
    bySource[s] = Object.fromEntries(PLANT_STATUS_CLASSES.map((c) => [c, { records: 0, mw: 0 }])) as Record<
      PlantStatusClass,
      { records: number; mw: number }
    >;
  for (const r of build.records as PlantRecord[]) {
    const c = bySource[r.sourceId]![r.statusClass];
    c.records++;
    c.mw += r.capacityMw;
  }
  for (const s of Object.values(bySource)) for (const c of Object.values(s)) c.mw = Math.round(c.mw);
  return {
    bySource,
    dedup: {
      gemDroppedByEia: build.droppedGem.length,
      gppdDropped: build.droppedGppd.length,
      gppdKept: build.input.gppd - build.droppedGppd.length,
    },
    rejectedRows: build.rejected.length,
  };
}

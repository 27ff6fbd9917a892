/** Coverage report of the transmission data: substations by source and voltage class per continent, uncovered cells. */
import { COVERAGE, voltageClass, type VoltageClassId } from '../../src/contract/transmission.ts';
import type { Substation } from './transmissionLoad.ts';

export interface TransmissionReport {
  /** `continent → source → voltage class of maxKv → substations`; continent "unknown" when the iso3 has none. */
  bySourceAndClass: Record<string, Record<string, Partial<Record<VoltageClassId, number>>>>;
  /** Only when cells are given. */
  cells?: {
    total: number;
    uncovered: number;
    byCode: Record<string, number>;
    /** Uncovered cells per country (iso3), most first. */
    uncoveredByCountry: { iso3: string; cells: number }[];
  };
}

function sortedRecord<V>(m: Map<string, V>): Record<string, V> {
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function transmissionReport(
  subs: Substation[],
  continentOf: ReadonlyMap<string, string>,
  cells?: { coverage: Uint8Array; iso3: readonly string[] },
): TransmissionReport {
  const m = new Map<string, Map<string, Map<VoltageClassId, number>>>();
  for (const s of subs) {
    const cont = continentOf.get(s.iso3) ?? 'unknown';
    const bySrc = m.get(cont) ?? new Map<string, Map<VoltageClassId, number>>();
    const byCls = bySrc.get(s.source) ?? new Map<VoltageClassId, number>();
    const cls = voltageClass(s.maxKv);
    byCls.set(cls, (byCls.get(cls) ?? 0) + 1);
    bySrc.set(s.source, byCls);
    m.set(cont, bySrc);
  }
  const bySourceAndClass = sortedRecord(
    new Map(
      [...m].map(([c, bySrc]) => [
        c,
        sortedRecord(new Map([...bySrc].map(([s, cls]) => [s, sortedRecord(cls)]))),
      ]),
    ),
  );
  if (!cells) return { bySourceAndClass };
  const names = new Map<number, string>(Object.entries(COVERAGE).map(([k, v]) => [v, k]));
  const byCode = new Map<string, number>();
  const unc = new Map<string, number>();
  cells.coverage.forEach((c, k) => {
    const name = names.get(c) ?? String(c);
    byCode.set(name, (byCode.get(name) ?? 0) + 1);
    if (c === COVERAGE.none) unc.set(cells.iso3[k]!, (unc.get(cells.iso3[k]!) ?? 0) + 1);
  });
  return {
    bySourceAndClass,
    cells: {
      total: cells.coverage.length,
      uncovered: byCode.get('none') ?? 0,
      byCode: sortedRecord(byCode),
      uncoveredByCountry: [...unc]
        .map(([iso3, n]) => ({ iso3, cells: n }))
        .sort((a, b) => b.cells - a.cells || (a.iso3 < b.iso3 ? -1 : 1)),
    },
  };
}

/**
 * The grid-truth part of the coverage report: plants by source and status class, substations by source and voltage
 * class per continent, and land cells without transmission coverage (read back from the built grid).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANT_STATUS_CLASSES } from '../src/contract/plants.ts';
import { GridManifestSchema } from '../src/contract/index.ts';
import { VOLTAGE_CLASSES } from '../src/contract/transmission.ts';
import type { BuildResult } from './build.ts';
import type { PlantsBuild } from './grid-truth/plants.ts';
import { countPlants, type PlantCounts } from './grid-truth/report.ts';
import type { TransmissionData } from './grid-truth/transmission.ts';
import { transmissionReport, type TransmissionReport } from './grid-truth/transmissionReport.ts';
import { round } from './lib/num.ts';
import type { NeCountry } from './natural-earth.ts';

/** Countries listed in the report's "uncovered cells" table. */
export const UNCOVERED_TOP = 15;

export interface GridTruthReport {
  plants: PlantCounts;
  substations: TransmissionReport['bySourceAndClass'];
  transmissionCells: NonNullable<TransmissionReport['cells']> & { uncoveredShare: number };
}

export function gridTruthReport(r: BuildResult, outDir: string): GridTruthReport {
  const admin0 = r.context.admin0 as NeCountry[];
  const tx = r.context.transmission as TransmissionData;
  const manifest = GridManifestSchema.parse(
    JSON.parse(readFileSync(join(outDir, 'grid/manifest.json'), 'utf8')),
  );
  const read = (id: string) => {
    const l = manifest.layers.find((x) => x.id === id)!;
    const b = readFileSync(join(outDir, 'grid', l.file));
    return l.type === 'uint8'
      ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
      : new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2);
  };
  const coverage = Uint8Array.from(read('transmission_coverage'));
  const iso3 = Array.from(read('country'), (c) => manifest.countries[c]!);
  const continents = new Map(admin0.map((c) => [c.iso3, c.continent]));
  const tr = transmissionReport(tx.substations, continents, { coverage, iso3 });
  const cells = tr.cells!;
  return {
    plants: countPlants(r.context.plantBuild as PlantsBuild),
    substations: tr.bySourceAndClass,
    transmissionCells: {
      ...cells,
      uncoveredByCountry: cells.uncoveredByCountry.slice(0, UNCOVERED_TOP),
      uncoveredShare: round(cells.uncovered / cells.total, 4),
    },
  };
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function gridTruthMarkdown(g: GridTruthReport): string[] {
  const L: string[] = [];
  const classes = PLANT_STATUS_CLASSES;
  L.push(
    '',
    '## Plants by source and status class (records / MW)',
    '',
    `| source | ${classes.join(' | ')} |`,
    `| --- | ${classes.map(() => '---:').join(' | ')} |`,
  );
  for (const [src, by] of Object.entries(g.plants.bySource))
    L.push(`| \`${src}\` | ${classes.map((c) => `${fmt(by[c].records)} / ${fmt(by[c].mw)}`).join(' | ')} |`);
  const d = g.plants.dedup;
  L.push(
    '',
    `De-duplication: ${fmt(d.gemDroppedByEia)} GEM records replaced by EIA-860M; ${fmt(d.gppdDropped)} GPPD plants covered by GEM or EIA-860M, ${fmt(d.gppdKept)} kept.`,
  );
  const vc = VOLTAGE_CLASSES.map((c) => c.id);
  const head = VOLTAGE_CLASSES.map((c, i) => {
    const next = VOLTAGE_CLASSES[i + 1]?.minKv;
    if (c.minKv === null) return 'no kV';
    return next === undefined ? `≥ ${c.minKv} kV` : c.minKv === 0 ? `< ${next} kV` : `${c.minKv}–${next} kV`;
  });
  L.push(
    '',
    '## Substations by source and voltage class (highest listed kV) per continent',
    '',
    `| continent | source | ${head.join(' | ')} | total |`,
    `| --- | --- | ${vc.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const [cont, bySrc] of Object.entries(g.substations))
    for (const [src, by] of Object.entries(bySrc)) {
      const n = vc.map((c) => by[c] ?? 0);
      L.push(`| ${cont} | ${src} | ${n.map(fmt).join(' | ')} | ${fmt(n.reduce((a, b) => a + b, 0))} |`);
    }
  const t = g.transmissionCells;
  L.push(
    '',
    '## Land cells without transmission coverage',
    '',
    `${fmt(t.uncovered)} of ${fmt(t.total)} land cells (${(t.uncoveredShare * 100).toFixed(1)}%) have no substation source: their grid-access layers are no data.`,
    '',
    '| coverage | cells |',
    '| --- | ---: |',
  );
  for (const [code, n] of Object.entries(t.byCode)) L.push(`| ${code} | ${fmt(n)} |`);
  L.push('', `| uncovered country (top ${UNCOVERED_TOP}) | cells |`, '| --- | ---: |');
  for (const c of t.uncoveredByCountry) L.push(`| ${c.iso3} | ${fmt(c.cells)} |`);
  return L;
}

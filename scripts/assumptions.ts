/** data/assumptions.json: the time-to-power evidence table, every cell kept as a string. */
import { join } from 'node:path';
import { z } from 'zod';
import { AssumptionsFileSchema, type AssumptionEvidence } from '../src/data/schemas.ts';
import { parseCsv } from './lib/csv.ts';
import { SRC } from './source-ids.ts';

const FILE = 'assumptions/time_to_power.csv';
export const AssumptionRowSchema = z.object({
  id: z.string().regex(/^[A-Z]{2}-\d{2}$/),
  topic: z.string().min(1),
  region: z.string().min(1),
  stage: z.enum(['energised_site', 'approved', 'in_study', 'greenfield', 'n/a']),
  value_low: z.string(),
  value_high: z.string(),
  unit: z.string().min(1),
  as_of: z.string().min(1),
  quote: z.string().min(1),
  source_title: z.string().min(1),
  source_url: z.string().regex(/^https?:\/\//),
  publisher: z.string().min(1),
  notes: z.string(),
});

export function buildAssumptions(rawDir: string): { sourceId: string; rows: AssumptionEvidence[] } {
  const rows = parseCsv(join(rawDir, FILE), AssumptionRowSchema, { label: FILE });
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.id)) throw new Error(`${FILE} row ${i + 1}: duplicate id ${r.id}`);
    seen.add(r.id);
    for (const v of [r.value_low, r.value_high])
      if (v !== '' && r.unit !== 'date' && !Number.isFinite(Number(v)))
        throw new Error(`${FILE} row ${i + 1}: value "${v}" is not a number`);
  });
  return AssumptionsFileSchema.parse({
    sourceId: SRC.assumptions,
    rows: rows.map((r) => ({
      id: r.id,
      topic: r.topic,
      region: r.region,
      stage: r.stage,
      valueLow: r.value_low,
      valueHigh: r.value_high,
      unit: r.unit,
      asOf: r.as_of,
      quote: r.quote,
      sourceTitle: r.source_title,
      sourceUrl: r.source_url,
      publisher: r.publisher,
      notes: r.notes,
    })),
  });
}

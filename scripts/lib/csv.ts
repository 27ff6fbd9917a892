/** CSV reading with per-row zod validation. Row numbers in messages are 1-based data records (line = record + 1 for the header). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';

export interface RejectedRow {
  file: string;
  row: number;
  reason: string;
  id?: string;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Parse a CSV file into raw string records (header row required). */
export function readCsvRecords(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (res.errors.length > 0) {
    const e = res.errors[0]!;
    throw new InputError(`${path}: CSV parse error at record ${(e.row ?? 0) + 1}: ${e.message}`);
  }
  return res.data;
}

export function formatZodIssues(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
}

/**
 * Validate every record with `schema`. Invalid rows make the run fail (all problems listed with file and row),
 * unless `reject(record, index)` returns a reason: then the row is rejected into the report under a documented rule.
 */
export function parseCsv<S extends z.ZodTypeAny>(
  path: string,
  schema: S,
  opts: { label: string } = { label: path },
): z.infer<S>[] {
  const records = readCsvRecords(path);
  const out: z.infer<S>[] = [];
  const problems: string[] = [];
  records.forEach((rec, i) => {
    const r = schema.safeParse(rec);
    if (r.success) out.push(r.data);
    else problems.push(`${opts.label} row ${i + 1} (line ${i + 2}): ${formatZodIssues(r.error)}`);
  });
  if (problems.length > 0) {
    throw new InputError(`${problems.length} invalid row(s):\n  ${problems.slice(0, 30).join('\n  ')}`);
  }
  return out;
}

/** A CSV cell that holds a number or nothing: '' → null, a finite number → it, anything else → a row error. */
export const optionalNumberCell = z.string().transform((s, ctx) => {
  if (s.trim() === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a number` });
    return z.NEVER;
  }
  return v;
});

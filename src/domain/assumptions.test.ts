import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  grossMwFromItMw,
  itMwFromGrossMw,
  monthsFromWeeks,
  resolveAssumptions,
} from './assumptions.ts';

/** Evidence ids from the app's copy of the sourced table (data/assumptions.json), else the raw CSV. */
function evidenceIds(): Set<string> | null {
  const json = fileURLToPath(new URL('../../data/assumptions.json', import.meta.url));
  if (existsSync(json)) {
    const rows = (JSON.parse(readFileSync(json, 'utf8')) as { rows: Array<{ id: string }> }).rows;
    return new Set(rows.map((r) => r.id));
  }
  const csv = fileURLToPath(new URL('../../../shared/data/assumptions/time_to_power.csv', import.meta.url));
  if (existsSync(csv)) {
    return new Set(
      readFileSync(csv, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0])
        .filter(Boolean),
    );
  }
  return null;
}

describe('assumptions table', () => {
  it('has unique ids, values in range, and a reason for every entry', () => {
    expect(new Set(ASSUMPTIONS.map((a) => a.id)).size).toBe(ASSUMPTIONS.length);
    for (const a of ASSUMPTIONS) {
      expect(a.value).toBeGreaterThanOrEqual(a.min);
      expect(a.value).toBeLessThanOrEqual(a.max);
      expect(a.reasoning.length).toBeGreaterThan(40);
      if (a.basis.kind === 'assumption') expect(a.reasoning).toMatch(/^Assumption\./);
      else expect(a.basis.evidenceIds.length).toBeGreaterThan(0);
    }
  });

  const ids = evidenceIds();
  it.skipIf(ids === null)('cites only evidence ids present in the sourced table', () => {
    for (const a of ASSUMPTIONS) {
      if (a.basis.kind === 'evidence')
        for (const e of a.basis.evidenceIds) expect(ids, `${a.id} cites ${e}`).toContain(e);
    }
  });

  it('applies overrides and rejects unknown ids or out-of-range values', () => {
    expect(resolveAssumptions({ greenfield_months: 30 }).greenfield_months).toBe(30);
    expect(resolveAssumptions().greenfield_months).toBe(60);
    expect(() => resolveAssumptions({ it_to_gross_ratio: 0.5 })).toThrow(/between/);
    expect(() => resolveAssumptions({ nope: 1 } as never)).toThrow(/unknown/);
  });

  it('keeps gross and IT MW apart through the ratio', () => {
    expect(grossMwFromItMw(50, 1.35)).toBeCloseTo(67.5, 10);
    expect(itMwFromGrossMw(grossMwFromItMw(123, 1.4), 1.4)).toBeCloseTo(123, 10);
    expect(monthsFromWeeks(120)).toBeCloseTo(27.6, 1);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  grossMwFromItMw,
  itMwFromGrossMw,
  monthsFromWeeks,
  resolveAssumptions,
} from './assumptions.ts';

/** Evidence ids from the app's copy of the sourced table (data/assumptions.json, committed). */
function evidenceIds(): Set<string> {
  const json = fileURLToPath(new URL('../../data/assumptions.json', import.meta.url));
  const rows = (JSON.parse(readFileSync(json, 'utf8')) as { rows: Array<{ id: string }> }).rows;
  return new Set(rows.map((r) => r.id));
}

describe('assumptions table', () => {
  it('has unique ids, values in range, and a reason for every entry', () => {
    expect(new Set(ASSUMPTIONS.map((a) => a.id)).size).toBe(ASSUMPTIONS.length);
    for (const a of ASSUMPTIONS) {
      expect(a.value).toBeGreaterThanOrEqual(a.min);
      expect(a.value).toBeLessThanOrEqual(a.max);
      expect(a.reasoning.length).toBeGreaterThan(40);
    }
    const assumed = ASSUMPTIONS.filter((a) => a.basis.kind === 'assumption');
    const sourced = ASSUMPTIONS.flatMap((a) => (a.basis.kind === 'evidence' ? [a.basis] : []));
    expect(assumed.length + sourced.length).toBe(ASSUMPTIONS.length);
    for (const a of assumed) expect(a.reasoning, a.id).toMatch(/^Assumption\./);
    for (const basis of sourced) expect(basis.evidenceIds.length).toBeGreaterThan(0);
  });

  it('cites only evidence ids present in the sourced table', () => {
    const ids = evidenceIds();
    const cited = ASSUMPTIONS.flatMap((a) =>
      a.basis.kind === 'evidence' ? a.basis.evidenceIds.map((e) => `${a.id} cites ${e}`) : [],
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((c) => !ids.has(c.slice(c.lastIndexOf(' ') + 1)))).toEqual([]);
  });

  it('applies overrides and rejects unknown ids or out-of-range values', () => {
    expect(resolveAssumptions({ greenfield_months: 30 }).greenfield_months).toBe(30);
    expect(resolveAssumptions().greenfield_months).toBe(
      ASSUMPTIONS.find((a) => a.id === 'greenfield_months')?.value,
    );
    expect(() => resolveAssumptions({ it_to_gross_ratio: 0.5 })).toThrow(/between/);
    expect(() => resolveAssumptions({ nope: 1 } as never)).toThrow(/unknown/);
  });

  it('keeps gross and IT MW apart through the ratio', () => {
    expect(grossMwFromItMw(50, 1.35)).toBeCloseTo(67.5, 10);
    expect(itMwFromGrossMw(grossMwFromItMw(123, 1.4), 1.4)).toBeCloseTo(123, 10);
    expect(monthsFromWeeks(120)).toBeCloseTo(27.6, 1);
  });
});

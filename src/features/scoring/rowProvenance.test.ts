import { describe, expect, it } from 'vitest';
import type { CriterionBreakdown } from '../../domain/index.ts';
import type { Source } from '../../data/schemas.ts';
import { rowProvenance } from './rowProvenance.ts';

const source = (id: string, publisher: string, period: string): Source => ({
  id,
  publisher,
  period,
  title: id,
  url: 'https://example.org',
  license: 'CC BY 4.0',
  nonCommercial: false,
  shareAlike: false,
  retrieved: '',
  transformation: 'x',
  caveats: [],
});
const sources = new Map([
  ['EIA', source('EIA', 'U.S. EIA', '2024')],
  ['CN', source('CN', 'China Briefing', '2024')],
  ['OWID', source('OWID', 'Our World in Data', '2000-2024')],
]);
const row = (id: string, sourceIds: string[]): CriterionBreakdown => ({
  id: id as CriterionBreakdown['id'],
  label: id,
  unit: '',
  direction: 'lower',
  value: 1,
  score: 50,
  weightPercent: 10,
  contribution: 5,
  weighted: true,
  sourceIds,
  notes: [],
});

describe('rowProvenance', () => {
  it('names the tariff that applies at the place, not every tariff source', () => {
    const tariff = {
      usdPerKwh: 0.06,
      sector: 'industrial' as const,
      period: '2024',
      sourceId: 'EIA',
      basis: 'subnational' as const,
      rule: 'r',
    };
    const p = rowProvenance(row('power_price', ['EIA', 'CN']), { tariff, country: null }, sources);
    expect(p).toEqual({ text: 'U.S. EIA (2024)', sourceIds: ['EIA'] });
  });
  it('labels a World Bank 2019 price as not an industrial tariff', () => {
    const tariff = {
      usdPerKwh: 0.1,
      sector: 'commercial' as const,
      period: '2019',
      sourceId: 'WB',
      basis: 'worldbank_2019' as const,
      rule: 'r',
    };
    expect(rowProvenance(row('power_price', []), { tariff, country: null }, sources).text).toMatch(
      /not an industrial tariff/,
    );
  });
  it('gives the country indicator its own year', () => {
    const country = {
      iso3: 'USA',
      iso2: 'US',
      name: 'United States',
      carbonIntensity: { value: 380, year: '2023', sourceId: 'OWID' },
      renewablesShare: null,
      hydroShare: null,
      windShare: null,
      waterStress: null,
      waterStressLabel: null,
      hazard: null,
      miningHashrateShare: null,
    };
    expect(rowProvenance(row('carbon', ['OWID']), { tariff: null, country }, sources).text).toBe(
      'Our World in Data (2023)',
    );
  });
  it('falls back to the layer sources', () => {
    expect(rowProvenance(row('cooling', ['OWID']), { tariff: null, country: null }, sources).text).toBe(
      'Our World in Data (2000-2024)',
    );
  });
});

/** data/indicators.json: per-country OWID electricity mix, Aqueduct water stress, WorldRiskIndex, hashrate share. */
import { join } from 'node:path';
import { z } from 'zod';
import { IndicatorsFileSchema, type CountryIndicators, type DatedValue } from '../src/data/schemas.ts';
import { parseCsv, type RejectedRow } from './lib/csv.ts';
import { round } from './lib/num.ts';
import type { NeCountry } from './natural-earth.ts';
import { SRC } from './source-ids.ts';

const optNum = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.number().finite().nullable());

const OwidRow = z.object({
  country: z.string().min(1),
  year: z.string().regex(/^\d{4}$/),
  iso_code: z.string(),
  carbon_intensity_elec: optNum,
  renewables_share_elec: optNum,
  hydro_share_elec: optNum,
  wind_share_elec: optNum,
});
const AqueductRow = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().min(1),
  bws_score: z.string().trim().transform(Number).pipe(z.number().finite()),
  bws_cat: z.string(),
  bws_label: z.string().min(1),
});
const WriRow = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  country: z.string().min(1),
  W_risk: z.string().trim().min(1).transform(Number).pipe(z.number().min(0).max(100)),
});
const HashRow = z.object({
  country: z.string().min(1),
  country_iso2: z.string().regex(/^([A-Z]{2})?$/),
  period: z.string().regex(/^\d{4}-(\d{2}|H[12])$/),
  share_pct: z.string().trim().transform(Number).pipe(z.number().min(0).max(100)),
  metric: z.enum(['cbeci_network_share', 'ccaf_survey_share', 'press_estimate']),
  source: z.string(),
  note: z.string(),
});

/** Natural Earth ISO3 -> codes used by the indicator files (OWID spells Kosovo OWID_KOS). */
const ISO3_ALIASES: Record<string, string[]> = { KOS: ['OWID_KOS', 'XKX'], PSX: ['PSE'] };

export interface IndicatorsResult {
  countries: CountryIndicators[];
  counts: { dataset: string; in: number; out: number; rejected: number; note?: string }[];
  rejected: RejectedRow[];
}

export function buildIndicators(rawDir: string, ne: NeCountry[]): IndicatorsResult {
  const owid = parseCsv(join(rawDir, 'grid/owid_energy_2015plus.csv'), OwidRow, {
    label: 'grid/owid_energy_2015plus.csv',
  });
  const aq = parseCsv(join(rawDir, 'env/water_aqueduct40_country_bws.csv'), AqueductRow, {
    label: 'env/water_aqueduct40_country_bws.csv',
  });
  const wri = parseCsv(join(rawDir, 'env/hazard_worldriskindex_2024.csv'), WriRow.passthrough(), {
    label: 'env/hazard_worldriskindex_2024.csv',
  });
  const hash = parseCsv(join(rawDir, 'mining/hashrate_by_country.csv'), HashRow, {
    label: 'mining/hashrate_by_country.csv',
  });
  const rejected: RejectedRow[] = [];

  // OWID: latest year with a value, per ISO3 and indicator. Aggregates (empty iso_code) are skipped by rule.
  type OwidKey = 'carbon_intensity_elec' | 'renewables_share_elec' | 'hydro_share_elec' | 'wind_share_elec';
  const latest = new Map<string, Partial<Record<OwidKey, DatedValue>>>();
  let owidAggregates = 0;
  for (const r of owid) {
    if (r.iso_code === '') {
      owidAggregates++;
      continue;
    }
    const m = latest.get(r.iso_code) ?? {};
    for (const k of [
      'carbon_intensity_elec',
      'renewables_share_elec',
      'hydro_share_elec',
      'wind_share_elec',
    ] as OwidKey[]) {
      const v = r[k];
      if (v === null) continue;
      const prev = m[k];
      if (!prev || prev.year < r.year) m[k] = { value: round(v, 2), year: r.year, sourceId: SRC.owid };
    }
    latest.set(r.iso_code, m);
  }
  // Aqueduct: -9999 = NoData (documented) -> missing.
  const aqBy = new Map<string, { v: DatedValue; label: string } | null>();
  for (const r of aq)
    aqBy.set(
      r.iso3,
      r.bws_score === -9999
        ? null
        : { v: { value: round(r.bws_score, 3), year: '2023', sourceId: SRC.aqueduct }, label: r.bws_label },
    );
  const wriBy = new Map<string, DatedValue>(
    wri.map((r) => [r.iso3, { value: r.W_risk, year: '2024', sourceId: SRC.worldRisk }]),
  );
  // Hashrate: latest network share (CBECI or press estimate); survey share only where no network share exists.
  const hashBy = new Map<string, DatedValue>();
  const netRank = (m: string) => (m === 'ccaf_survey_share' ? 1 : 0);
  const srcOf = (m: string) =>
    m === 'cbeci_network_share' ? SRC.cbeci : m === 'press_estimate' ? SRC.hashratePress : SRC.ccafSurvey;
  const best = new Map<string, z.infer<typeof HashRow>>();
  hash.forEach((r, i) => {
    if (r.country_iso2 === '') {
      rejected.push({
        file: 'mining/hashrate_by_country.csv',
        row: i + 1,
        id: r.country,
        reason: 'no country (unattributed share)',
      });
      return;
    }
    const b = best.get(r.country_iso2);
    if (
      !b ||
      netRank(r.metric) < netRank(b.metric) ||
      (netRank(r.metric) === netRank(b.metric) && r.period > b.period)
    )
      best.set(r.country_iso2, r);
  });
  for (const [k, r] of best) hashBy.set(k, { value: r.share_pct, year: r.period, sourceId: srcOf(r.metric) });

  const seen = new Set<string>();
  const countries: CountryIndicators[] = [];
  const primary = ne
    .filter((c) => c.iso2 !== '' && c.code === c.iso2)
    .sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  for (const c of primary) {
    if (seen.has(c.iso3)) continue;
    seen.add(c.iso3);
    const keys = [c.iso3, ...(ISO3_ALIASES[c.iso3] ?? [])];
    const pick = <T>(m: Map<string, T>): T | undefined =>
      keys.map((k) => m.get(k)).find((v) => v !== undefined);
    const o = pick(latest) ?? {};
    const a = pick(aqBy) ?? null;
    countries.push({
      iso3: c.iso3,
      iso2: c.iso2,
      name: c.name,
      carbonIntensity: o.carbon_intensity_elec ?? null,
      renewablesShare: o.renewables_share_elec ?? null,
      hydroShare: o.hydro_share_elec ?? null,
      windShare: o.wind_share_elec ?? null,
      waterStress: a ? a.v : null,
      waterStressLabel: a ? a.label : null,
      hazard: pick(wriBy) ?? null,
      miningHashrateShare: hashBy.get(c.iso2) ?? null,
    });
  }
  IndicatorsFileSchema.parse({ countries });
  const matched = (keys: Iterable<string>) => {
    const all = new Set(countries.flatMap((c) => [c.iso3, ...(ISO3_ALIASES[c.iso3] ?? [])]));
    return [...keys].filter((k) => all.has(k)).length;
  };
  const owidCountries = [...latest.keys()];
  const counts = [
    {
      dataset: 'OWID electricity (country-years)',
      in: owid.length,
      out: countries.filter((c) => c.carbonIntensity).length,
      rejected: 0,
      note: `${owidAggregates} aggregate rows skipped; ${owidCountries.length - matched(owidCountries)} ISO codes without a map country`,
    },
    {
      dataset: 'Aqueduct water stress',
      in: aq.length,
      out: countries.filter((c) => c.waterStress).length,
      rejected: 0,
      note: `${aq.filter((r) => r.bws_score === -9999).length} NoData`,
    },
    {
      dataset: 'WorldRiskIndex',
      in: wri.length,
      out: countries.filter((c) => c.hazard).length,
      rejected: 0,
      note: `${wri.length - matched(wriBy.keys())} ISO3 without a map country`,
    },
    {
      dataset: 'hashrate share',
      in: hash.length,
      out: countries.filter((c) => c.miningHashrateShare).length,
      rejected: rejected.length,
    },
  ];
  return { countries, counts, rejected };
}

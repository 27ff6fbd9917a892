/**
 * What an export records so a colleague can reproduce its scores: when, which preset, the weights as
 * percentages, the transforms, constraints and time-to-power assumptions actually used.
 */
import {
  ASSUMPTIONS,
  CRITERIA,
  resolveConfig,
  type PopulationRadius,
  type Constraints,
  type CriterionId,
  type GridAccessVoltage,
  type PriceBasis,
  type ScoringConfig,
  type Transform,
} from '../../domain/index.ts';
import type { Source } from '../../contract/sources.ts';
import { version as APP_VERSION } from '../../../package.json';

export interface ExportMetadata {
  generator: 'Gridscout';
  /** The app's version (package.json) that wrote the file. */
  appVersion: string;
  exportedAt: string;
  preset: string | null;
  /** Weights as percentages over weighted criteria (sum 100). */
  weightsPercent: Partial<Record<CriterionId, number>>;
  transforms: Record<CriterionId, Transform>;
  constraints: Constraints;
  populationRadius: PopulationRadius;
  /** Voltage class (kV) of the Grid access criterion. */
  gridAccessVoltage: GridAccessVoltage;
  /** Which power price the Power price criterion reads (config.priceBasis, resolved). */
  priceBasis: PriceBasis;
  /** Every time-to-power assumption with the value used and whether the user changed it. */
  assumptions: Array<{ id: string; label: string; value: number; unit: string; edited: boolean }>;
  /**
   * The user's own prices ("your figure": a PPA quote, a utility offer) that replaced the data's power price in
   * these regions (ISO 3166-2) or countries (ISO3); empty when none.
   */
  ownPrices: OwnPrice[];
  /** The scoring configuration as the app holds it: paste into a share link or the app to reproduce. */
  config: ScoringConfig;
  scoreNote: string;
  /**
   * Licences of the sources behind the exported values that restrict reuse: non-commercial and share-alike
   * (ODbL, CC BY-SA) sources, so the restriction travels with the file.
   */
  restrictedLicenses: RestrictedLicense[];
  /** Every source behind the exported values, with its licence and restriction flags (data/sources.json). */
  sources: UsedSource[];
}

export type UsedSource = Pick<
  Source,
  'id' | 'publisher' | 'title' | 'url' | 'license' | 'period' | 'nonCommercial' | 'shareAlike'
>;

/** The entries of data/sources.json among `sourceIds`, sorted by id. */
export function usedSources(sourceIds: Iterable<string>, sources: readonly Source[]): UsedSource[] {
  const ids = new Set(sourceIds);
  return sources
    .filter((s) => ids.has(s.id))
    .map(({ id, publisher, title, url, license, period, nonCommercial, shareAlike }) => ({
      id,
      publisher,
      title,
      url,
      license,
      period,
      nonCommercial,
      shareAlike: Boolean(shareAlike),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface OwnPrice {
  basis: typeof OWN_PRICE_BASIS;
  code: string;
  usdPerKwh: number;
  label: string | null;
}

/** How an own price is named on screen and in exports. */
export const OWN_PRICE_BASIS = 'your figure';

export interface RestrictedLicense {
  sourceId: string;
  publisher: string;
  license: string;
  nonCommercial: boolean;
  shareAlike: boolean;
}

/** The restricted licences among `sourceIds`, from data/sources.json entries, sorted by id. */
export function restrictedLicenses(
  sourceIds: Iterable<string>,
  sources: readonly Pick<Source, 'id' | 'publisher' | 'license' | 'nonCommercial' | 'shareAlike'>[],
): RestrictedLicense[] {
  const ids = new Set(sourceIds);
  return sources
    .filter((s) => ids.has(s.id) && (s.nonCommercial || s.shareAlike))
    .map((s) => ({
      sourceId: s.id,
      publisher: s.publisher,
      license: s.license,
      nonCommercial: s.nonCommercial,
      shareAlike: Boolean(s.shareAlike),
    }))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}

const SCORE_NOTE =
  'Score: weighted sum of 0–100 criterion scores (weights as percentages). Excluded and incomplete places have no score. ' +
  'Rank percentile: share of scored land cells worldwide scoring lower, when the global surface was computed. ' +
  'A power price from the World Bank Doing Business 2019 is a small-business connection price, not an industrial tariff.';

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

export function buildExportMetadata(
  config: ScoringConfig,
  presetId: string | null,
  now: Date,
  licenses: RestrictedLicense[] = [],
  sources: UsedSource[] = [],
): ExportMetadata {
  const r = resolveConfig(config);
  const weightsPercent: Partial<Record<CriterionId, number>> = {};
  for (const id of r.weighted) weightsPercent[id] = round(r.weightPercent[id]);
  const constraints: Constraints = {};
  for (const [k, v] of Object.entries(r.constraints)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (constraints as Record<string, unknown>)[k] = v;
  }
  return {
    generator: 'Gridscout',
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    preset: presetId,
    weightsPercent,
    transforms: r.transforms,
    constraints,
    populationRadius: r.populationRadius,
    gridAccessVoltage: r.gridAccessVoltage,
    priceBasis: r.priceBasis,
    assumptions: ASSUMPTIONS.map((a) => ({
      id: a.id,
      label: a.label,
      value: r.assumptions[a.id],
      unit: a.unit,
      edited: r.assumptions[a.id] !== a.value,
    })),
    ownPrices: r.priceOverrides.map((p) => ({
      basis: OWN_PRICE_BASIS,
      code: p.code,
      usdPerKwh: p.usdPerKwh,
      label: p.label ?? null,
    })),
    config,
    scoreNote: SCORE_NOTE,
    restrictedLicenses: licenses,
    sources,
  };
}

/** One-line summaries for the metadata file's `summary` (beside a CSV) and the KML Document's description. */
export function metadataLines(m: ExportMetadata): string[] {
  const label = (id: string) => CRITERIA.find((c) => c.id === id)?.label ?? id;
  const weights = Object.entries(m.weightsPercent).map(([id, w]) => `${label(id)} ${w}%`);
  const constraints = Object.entries(m.constraints).map(
    ([id, v]) => `${id}=${Array.isArray(v) ? v.join('|') : String(v)}`,
  );
  const edited = m.assumptions.filter((a) => a.edited).map((a) => `${a.id}=${a.value} ${a.unit}`);
  return [
    `Gridscout ${m.appVersion} export, ${m.exportedAt}`,
    `Preset: ${m.preset ?? 'custom weights'}`,
    `Weights: ${weights.join(', ') || 'none'}`,
    `Constraints: ${constraints.join(', ') || 'none'}`,
    `Population radius: ${m.populationRadius} km`,
    `Grid access: nearest substation of ≥ ${m.gridAccessVoltage} kV`,
    `Power price basis: ${m.priceBasis}`,
    `Assumptions: ${edited.length ? `edited ${edited.join(', ')}; others at defaults` : 'all at defaults'}`,
    `Your own prices (${OWN_PRICE_BASIS}, replacing the data's power price there): ${
      m.ownPrices
        .map((p) => `${p.code} ${p.usdPerKwh} USD/kWh${p.label ? ` (${p.label.replace(/\s+/g, ' ')})` : ''}`)
        .join('; ') || 'none'
    }`,
    m.scoreNote,
    `Restricted licences of the sources used: ${
      m.restrictedLicenses
        .map(
          (l) =>
            `${l.sourceId} (${[l.nonCommercial && 'non-commercial', l.shareAlike && 'share-alike'].filter(Boolean).join(', ')}: ${l.license})`,
        )
        .join('; ') || 'none'
    }`,
  ];
}

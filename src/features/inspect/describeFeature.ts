/**
 * Turns a hovered map feature into plain text lines (never HTML): value, unit, period, source.
 * Pure: takes the feature's layer, properties and the loaded data.
 */
import type { Datasets } from '../../data/datasetStore.ts';
import type { Source } from '../../data/schemas.ts';
import { STATUS_STYLE } from '../overlays/mining/miningOverlay.ts';
import type { MiningStatus } from '../../data/schemas.ts';

export interface Description {
  title: string;
  lines: string[];
}

const BASIS_LABEL: Record<string, string> = {
  subnational: 'own regional price',
  country: 'country price',
  country_fallback: 'country price (no regional price published)',
  worldbank_2019: 'World Bank 2019 small-business connection price, not an industrial tariff',
};

export const formatUsdPerKwh = (v: number): string => `${v.toFixed(4)} USD/kWh`;

const sourceName = (id: string | null | undefined, sources: Map<string, Source>): string =>
  id
    ? sources.get(id)
      ? `${sources.get(id)!.publisher}, ${sources.get(id)!.period}`
      : id
    : 'unknown source';

export function describeRegion(
  props: Record<string, unknown>,
  sector: 'industrial' | 'commercial',
  sources: Map<string, Source>,
): Description {
  const name = String(props.name ?? props.code ?? 'Region');
  const lines: string[] = [];
  if (sector === 'commercial') {
    const price = props.commercial as number | null | undefined;
    lines.push(
      price == null
        ? 'Commercial price: no data'
        : `Commercial price: ${formatUsdPerKwh(price)} (${props.commercial_period})`,
    );
    if (price != null) lines.push(`Source: ${sourceName(props.commercial_source as string, sources)}`);
  } else {
    const price = props.price as number | null | undefined;
    if (price == null) {
      lines.push('Power price: no data');
    } else {
      lines.push(
        `${props.price_sector === 'commercial' ? 'Commercial' : 'Industrial'} price: ${formatUsdPerKwh(price)}`,
      );
      lines.push(
        `Period: ${props.price_period} · ${BASIS_LABEL[String(props.price_basis)] ?? props.price_basis}`,
      );
      lines.push(`Source: ${sourceName(props.price_source as string, sources)}`);
    }
  }
  return { title: name, lines };
}

export function describeMiningSite(id: string, data: Partial<Datasets>): Description | null {
  const site = data.miningSites?.find((s) => s.id === id);
  if (!site) return null;
  const mw = site.powerMw == null ? 'MW not published' : `${site.powerMw} MW`;
  return {
    title: site.name,
    lines: [
      `${site.operator} · ${STATUS_STYLE[site.status as MiningStatus]?.label ?? site.status}`,
      `${mw}${site.powerMwPlanned != null ? ` now, ${site.powerMwPlanned} MW planned` : ''}`,
      site.aiTenant ? `AI tenant: ${site.aiTenant}${site.aiAnnounced ? ` (${site.aiAnnounced})` : ''}` : '',
      site.coordPrecision === 'site' ? 'Located at the site' : `Located to the town only (${site.city})`,
    ].filter(Boolean),
  };
}

export function describePlant(index: number, data: Partial<Datasets>): Description | null {
  const p = data.powerPlants;
  if (!p || index < 0 || index >= p.id.length) return null;
  return {
    title: p.name[index],
    lines: [
      `${p.capacityMw[index]} MW · ${p.fuels[p.fuel[index]]}`,
      p.commissioningYear[index] != null
        ? `Commissioned ${p.commissioningYear[index]}`
        : 'Commissioning year not published',
      p.owner[index] ? `Owner: ${p.owner[index]}` : '',
      `Source: WRI Global Power Plant Database (${p.id[index]})`,
    ].filter(Boolean),
  };
}

export function describeCountryIndicator(
  iso3: string,
  key: 'carbonIntensity' | 'waterStress' | 'hazard',
  data: Partial<Datasets>,
  sources: Map<string, Source>,
): Description | null {
  const c = data.indicators?.find((i) => i.iso3 === iso3);
  if (!c) return null;
  const v = c[key];
  const label = {
    carbonIntensity: 'Grid carbon intensity',
    waterStress: 'Water stress',
    hazard: 'WorldRiskIndex',
  }[key];
  const unit = { carbonIntensity: ' gCO₂/kWh', waterStress: ' (Aqueduct 0–5)', hazard: '' }[key];
  return {
    title: c.name,
    lines: v
      ? [
          `${label}: ${v.value.toFixed(key === 'carbonIntensity' ? 0 : 2)}${unit}${key === 'waterStress' && c.waterStressLabel ? `, ${c.waterStressLabel}` : ''}`,
          `Year: ${v.year} · Source: ${sourceName(v.sourceId, sources)}`,
        ]
      : [`${label}: no data`],
  };
}

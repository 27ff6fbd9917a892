/** Hover text for a region of the tariff choropleth: its price, period, basis and source (plain text). */
import type { Source } from '../../../data/schemas.ts';
import type { Description } from '../overlay.ts';
import { sourceName } from '../sourceName.ts';
import type { TariffSector } from './tariffSector.ts';

const BASIS_LABEL: Record<string, string> = {
  subnational: 'own regional price',
  country: 'country price',
  country_fallback: 'country price (no regional price published)',
  worldbank_2019: 'World Bank 2019 small-business connection price, not an industrial tariff',
};

export const formatUsdPerKwh = (v: number): string => `${v.toFixed(4)} USD/kWh`;

/** `props` are a region feature's flattened properties (map/layers/regionFeatures.ts). */
export function describeRegion(
  props: Record<string, unknown>,
  sector: TariffSector,
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

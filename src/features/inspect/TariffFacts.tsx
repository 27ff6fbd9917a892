/** The tariff that applies in a region, with the rule that chose it and its source. */
import type { RegionProps } from '../../data/schemas.ts';
import { SourceCitation } from '../sources/SourceCitation.tsx';
import { formatUsdPerKwh } from '../overlays/tariffs/describeRegion.ts';

const BASIS_TEXT: Record<string, string> = {
  subnational: 'Regional price',
  country: 'Country price',
  country_fallback: 'Country price: no regional price is published for this region',
  worldbank_2019:
    'World Bank Doing Business 2019 small-business connection price: not an industrial tariff, used only because nothing else exists',
};

export function TariffFacts({ region }: { region: RegionProps }) {
  const t = region.tariff;
  return (
    <section aria-label={`Power price in ${region.name}`}>
      <h3>Power price · {region.name}</h3>
      {t ? (
        <dl className="facts">
          <dt>{t.sector === 'industrial' ? 'Industrial' : 'Commercial'}</dt>
          <dd>
            <strong>{formatUsdPerKwh(t.usdPerKwh)}</strong> ({t.period})
          </dd>
          <dt>Basis</dt>
          <dd>
            {BASIS_TEXT[t.basis]}
            {t.basis === 'worldbank_2019' && <strong className="warning"> (weak: 2019 fallback)</strong>}
          </dd>
          {t.band && (
            <>
              <dt>Band</dt>
              <dd>{t.band} (the largest consumption band reported)</dd>
            </>
          )}
          <dt>Rule</dt>
          <dd>{t.rule}</dd>
          {region.commercial && t.sector !== 'commercial' && (
            <>
              <dt>Commercial</dt>
              <dd>
                {formatUsdPerKwh(region.commercial.usdPerKwh)} ({region.commercial.period})
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>No published power price for this region: no data.</p>
      )}
      <SourceCitation
        ids={[t?.sourceId, region.commercial?.sourceId]
          .filter((x): x is string => !!x)
          .filter((x, i, a) => a.indexOf(x) === i)}
      />
    </section>
  );
}

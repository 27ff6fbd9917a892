/** Electricity tariffs: industrial (or commercial) USD/kWh by subnational region where known, else by country. */
import { BASEMAP_SOURCES } from '../../map/layers/basemap.ts';
import { formatStepLabel } from '../colorScale.ts';
import type { Overlay } from '../overlay.ts';
import { describeRegion } from './describeRegion.ts';
import { TariffsData } from './TariffsData.tsx';
import { TariffSectorSwitch } from './TariffSectorSwitch.tsx';
import { useTariffSector } from './tariffSector.ts';
import { TARIFF_LAYERS, TARIFF_STEPS, tariffFillColor } from './tariffStyle.ts';

export type { TariffSector } from './tariffSector.ts';

export const tariffsOverlay: Overlay = {
  id: 'tariffs',
  label: 'Electricity tariffs',
  group: 'Power',
  defaultVisible: false,
  description:
    'Industrial electricity price, USD/kWh, by state or province where published, else by country. World Bank 2019 small-business prices are used only where nothing else exists and are labelled.',
  style: {
    sources: {},
    layers: [
      {
        order: 100,
        layer: {
          id: TARIFF_LAYERS.country,
          type: 'fill',
          source: BASEMAP_SOURCES.countries,
          paint: { 'fill-color': tariffFillColor('industrial'), 'fill-opacity': 0.75 },
        },
      },
      {
        order: 110,
        layer: {
          id: TARIFF_LAYERS.subnational,
          type: 'fill',
          source: BASEMAP_SOURCES.admin1,
          filter: ['==', ['get', 'price_basis'], 'subnational'],
          paint: { 'fill-color': tariffFillColor('industrial'), 'fill-opacity': 0.75 },
        },
      },
    ],
  },
  opacity: [
    [TARIFF_LAYERS.country, 'fill-opacity', 0.75],
    [TARIFF_LAYERS.subnational, 'fill-opacity', 0.75],
  ],
  Data: TariffsData,
  Options: TariffSectorSwitch,
  interactiveLayers: [TARIFF_LAYERS.subnational, TARIFF_LAYERS.country],
  describe: (f, ctx) => describeRegion(f.properties ?? {}, useTariffSector.getState().sector, ctx.sources),
  legend: {
    kind: 'ramp',
    unit: 'USD/kWh',
    stops: TARIFF_STEPS.map((s, i) => ({
      value: s.value,
      color: s.color,
      label: formatStepLabel(TARIFF_STEPS, i, (v) => v.toFixed(2)),
    })),
    noData: 'No data',
  },
  sourceIds: (data) => {
    const ids = new Set<string>();
    for (const c of [data.countries, data.admin1])
      for (const f of c?.features ?? []) {
        if (f.properties.tariff) ids.add(f.properties.tariff.sourceId);
        if (f.properties.commercial) ids.add(f.properties.commercial.sourceId);
      }
    return [...ids].sort();
  },
};

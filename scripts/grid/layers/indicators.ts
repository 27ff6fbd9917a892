/** Country indicators painted onto the country's cells: carbon intensity, water stress, disaster risk. */
import { SRC } from '../../source-ids.ts';
import { nanArray, type LayerFamily } from '../types.ts';

export const indicatorLayers: LayerFamily = (inp, g) => {
  const byIso3 = new Map(inp.indicators.map((c) => [c.iso3, c]));
  const carbon = nanArray(g.n);
  const water = nanArray(g.n);
  const hazard = nanArray(g.n);
  for (let k = 0; k < g.n; k++) {
    const ind = byIso3.get(inp.countryProps[g.countryOf[k]!]!.iso3);
    if (!ind) continue;
    if (ind.carbonIntensity) carbon[k] = ind.carbonIntensity.value;
    if (ind.waterStress) water[k] = ind.waterStress.value;
    if (ind.hazard) hazard[k] = ind.hazard.value;
  }
  return [
    {
      spec: {
        id: 'carbon',
        label: 'Grid carbon intensity',
        unit: 'gCO2/kWh',
        type: 'uint16',
        scale: 0.1,
        offset: 0,
        noData: 65535,
        description:
          'Country carbon intensity of electricity generation (OWID, latest year with a value, see data/indicators.json). Step 0.1 gCO2/kWh; noData where OWID has no value.',
        sourceIds: [SRC.owid],
      },
      values: carbon,
    },
    {
      spec: {
        id: 'water_stress',
        label: 'Baseline water stress',
        unit: 'score 0-5',
        type: 'uint8',
        scale: 0.02,
        offset: 0,
        noData: 255,
        description:
          'Country baseline water stress score (WRI Aqueduct 4.0, bws_score 0-5, all sectors). Step 0.02 (error <= 0.01); noData where Aqueduct has no value.',
        sourceIds: [SRC.aqueduct],
      },
      values: water,
    },
    {
      spec: {
        id: 'hazard',
        label: 'Disaster risk (WorldRiskIndex)',
        unit: 'index 0-100',
        type: 'uint16',
        scale: 0.01,
        offset: 0,
        noData: 65535,
        description:
          'Country WorldRiskIndex 2024 W (exposure x vulnerability, 0-100), exact to the published 2 decimals; noData where not covered. License unverified.',
        sourceIds: [SRC.worldRisk],
      },
      values: hazard,
    },
  ];
};

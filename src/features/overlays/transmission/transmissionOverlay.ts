/**
 * Transmission: lines coloured by voltage class (Open Infrastructure Map convention), under-construction lines
 * dashed, substations sized by their highest kV, and a hatched mask where no substation source covers the
 * place, so a gap never reads as "no grid". Lines and substations load when the layer is first shown.
 */
import { VOLTAGE_CLASSES } from '../../../contract/transmission.ts';
import type { Overlay } from '../overlay.ts';
import { CoverageNote } from './CoverageNote.tsx';
import { describeLine, describeSubstation } from './describeTransmission.ts';
import { TransmissionData } from './TransmissionData.tsx';
import { MASK_COLOR, TRANSMISSION_LAYERS, transmissionStyle } from './transmissionStyle.ts';

const CLASS_LABELS: Record<string, string> = {
  unknown: 'Voltage not listed',
  lt10: '< 10 kV',
  kv10: '10–24 kV',
  kv25: '25–51 kV',
  kv52: '52–131 kV',
  kv132: '132–219 kV',
  kv220: '220–309 kV',
  kv310: '310–549 kV',
  kv550: '≥ 550 kV',
};

export const NO_SUBSTATION_DATA = 'No substation data here';

export const transmissionOverlay: Overlay = {
  id: 'transmission',
  label: 'Transmission grid',
  group: 'Power',
  defaultVisible: false,
  description:
    'Substations and lines: ENTSO-E map via GridKit (Europe, MENA; schematic positions), Geoscience Australia 2017, OpenStreetMap 2017 elsewhere. Hatched: no substation source covers the place.',
  style: transmissionStyle,
  opacity: [
    [TRANSMISSION_LAYERS.lines, 'line-opacity', 0.85],
    [TRANSMISSION_LAYERS.linesConstruction, 'line-opacity', 0.85],
    [TRANSMISSION_LAYERS.substations, 'circle-opacity', 0.9],
    [TRANSMISSION_LAYERS.maskCountries, 'fill-opacity', 0.7],
    [TRANSMISSION_LAYERS.maskRegions, 'fill-opacity', 0.7],
  ],
  datasets: ['substations', 'transmissionLines', 'transmissionCoverage'],
  Data: TransmissionData,
  Options: CoverageNote,
  interactiveLayers: [
    TRANSMISSION_LAYERS.substations,
    TRANSMISSION_LAYERS.lines,
    TRANSMISSION_LAYERS.linesConstruction,
    TRANSMISSION_LAYERS.maskRegions,
    TRANSMISSION_LAYERS.maskCountries,
  ],
  describe: (f, ctx) => {
    const id = f.layer.id;
    if (id === TRANSMISSION_LAYERS.substations)
      return describeSubstation(Number(f.properties?.i), ctx.data.substations, ctx.sources);
    if (id === TRANSMISSION_LAYERS.lines || id === TRANSMISSION_LAYERS.linesConstruction)
      return describeLine(f.properties ?? {}, ctx.data.substations, ctx.sources);
    const code = String(f.properties?.code ?? '');
    const reason = ctx.data.transmissionCoverage?.uncoveredRegions.find((r) => r.code === code)?.reason;
    return {
      title: NO_SUBSTATION_DATA,
      lines: [
        reason ?? 'No substation source lists this country.',
        'A gap in the data, not a place without a grid.',
      ],
    };
  },
  // a click selects the point under it (the card names the nearest substation)
  toSelection: () => null,
  legend: {
    kind: 'categories',
    items: [
      ...VOLTAGE_CLASSES.filter((c) => c.id !== 'lt10').map((c) => ({
        color: c.color,
        label: CLASS_LABELS[c.id],
        shape: 'square' as const,
      })),
      { color: '#1f2937', label: 'Substation (size: highest kV)', shape: 'ring' as const },
      { color: MASK_COLOR, label: `${NO_SUBSTATION_DATA} (hatched)`, shape: 'square' as const },
    ],
  },
  sourceIds: (data) => data.substations?.sourceIds ?? [],
};

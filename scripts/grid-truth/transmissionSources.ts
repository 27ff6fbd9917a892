/**
 * data/sources.json entries for the transmission and queue data (metadata from grid/transmission/PROVENANCE.md
 * and grid/queues/PROVENANCE.md). Same shape as scripts/sources.ts entries plus `shareAlike` (ODbL).
 */
import {
  SourceWithShareAlikeSchema,
  type SourceWithShareAlike,
  type TransmissionSource,
} from '../../src/contract/transmission.ts';

export const TSRC = {
  entsoe: 'ENTSOE_GRIDKIT_2022',
  ga: 'GA_SUBSTATIONS_2017',
  osm: 'OSM_POWER_GRIDS_2017',
  caiso: 'CAISO_GI_QUEUE_2025_01',
  ercot: 'ERCOT_GI_QUEUE_2024_12',
  miso: 'MISO_GI_QUEUE_2025_01',
  pjm: 'PJM_GI_QUEUE_2025_01',
  spp: 'SPP_GI_QUEUE_2025_01',
  isone: 'ISONE_GI_QUEUE_2025_01',
  nyiso: 'NYISO_GI_QUEUE_2024_12',
  ercotGis: 'ERCOT_GIS_REPORT_2025_11',
} as const;

/** sources.json id of each transmission source value in the CSVs. */
export const TRANSMISSION_SOURCE_IDS: Record<TransmissionSource, string> = {
  entsoe_gridkit_2022: TSRC.entsoe,
  ga_2017: TSRC.ga,
  osm_2017: TSRC.osm,
};

/** sources.json id per `iso` value of us_iso_queues_2025-01.csv. */
export const QUEUE_SOURCE_IDS: Record<string, string> = {
  CAISO: TSRC.caiso,
  ERCOT: TSRC.ercot,
  MISO: TSRC.miso,
  PJM: TSRC.pjm,
  SPP: TSRC.spp,
  NEISO: TSRC.isone,
  NYISO: TSRC.nyiso,
};

const TX_TRANSFORM =
  'Read from grid/transmission/*.csv (zod-validated); substations to data/transmission/substations.json (coordinates rounded), lines to data/transmission/lines.geojson (coordinates rounded), coverage to data/transmission/coverage.json; nearest-substation distances and ≥ 220 kV line km per grid cell.';
const GEN_QUEUE =
  'Generation interconnection queue, not a large-load queue: says nothing direct about load connections.';

const COMPILED =
  'Combined_Queues.xlsx in selormdzakpasu/gen_interconnection_queues, commit 40114adcfc2a97eceb89a63c9e7c320d5af52c17 (compiled 2025-01/02); see grid/queues/PROVENANCE.md';
const QUEUE_TRANSFORM =
  'Read from grid/queues/us_iso_queues_2025-01.csv (zod-validated); lead times (queue date → in service, completed projects) and county queue pressure (active MW, withdrawn share) to data/queues.json.';

function isoQueue(
  id: string,
  publisher: string,
  url: string,
  period: string,
  caveats: string[],
): SourceWithShareAlike {
  return {
    id,
    publisher,
    title: `${publisher} generator interconnection queue (as compiled in Combined_Queues.xlsx)`,
    url,
    license: 'Public queue posting; the ISO website terms of use were not checked (unverified)',
    nonCommercial: false,
    shareAlike: false,
    period,
    retrieved: COMPILED,
    transformation: QUEUE_TRANSFORM,
    caveats: [GEN_QUEUE, ...caveats],
  };
}

export const TRANSMISSION_SOURCES_META: SourceWithShareAlike[] = [
  {
    id: TSRC.entsoe,
    publisher: 'ENTSO-E (interactive grid map), extract processed by GridKit, as shipped with PyPSA-Eur',
    title: 'ENTSO-E transmission map extract: substations (buses grouped by station) and AC lines',
    url: 'https://www.entsoe.eu/data/map/',
    license:
      'Unofficial extract, "neither approved nor endorsed by ENTSO-E"; license unverified (PyPSA-Eur fork declares data/* CC-BY-4.0, not ENTSO-E permission)',
    nonCommercial: false,
    shareAlike: false,
    period: '2022-01 or earlier',
    retrieved:
      'GitHub clairehalloran/GeoHeat-GB (PyPSA-Eur fork) data/entsoegridkit/, commit d7d8ff3df385f48bce69b2bd7376e4a96326e115',
    transformation: TX_TRANSFORM,
    caveats: [
      'License unverified: check before commercial use.',
      'Coordinates are schematic (ENTSO-E favours topological clarity over geographic accuracy); no station names.',
      'Voltages are the lower bound of ENTSO-E classes (380 for 380-400 kV); some 400 kV assets are missing (e.g. around Madrid).',
    ],
  },
  {
    id: TSRC.ga,
    publisher: 'Geoscience Australia (Commonwealth of Australia)',
    title: 'Electricity Transmission Substations (2017)',
    url: 'http://pid.geoscience.gov.au/dataset/ga/83173',
    license: 'CC BY 4.0 (per the copying repository; the KML states no licence)',
    nonCommercial: false,
    shareAlike: false,
    period: '2017-02-23',
    retrieved:
      'GitHub akxen/egrimod-nem data/Geoscience_Australia/ElectricityTransmissionSubstations_v2/doc.kml, commit abf3cc39ec1c04b5d77f0572cc4ef674f2408578',
    transformation: TX_TRANSFORM,
    caveats: [
      'Includes distribution zone substations down to 22 kV; no operator field; no GA lines (Australian lines are OSM).',
      'A few records carry GA’s lowest spatial confidence.',
    ],
  },
  {
    id: TSRC.osm,
    publisher: 'OpenStreetMap contributors, via ComplexNetTSP/Power_grids (Telecom SudParis)',
    title: 'OpenStreetMap high-voltage grid graphs, January 2017 (Zenodo 10.5281/zenodo.250427)',
    url: 'https://github.com/ComplexNetTSP/Power_grids',
    license:
      'ODbL 1.0, © OpenStreetMap contributors (share-alike: a public database built from these rows must be offered under ODbL)',
    nonCommercial: false,
    shareAlike: true,
    period: '2017-01 or earlier',
    retrieved: 'GitHub ComplexNetTSP/Power_grids, commit 86f942c0fb9eacc0bd084c369f3e46e8af7905b3',
    transformation: TX_TRANSFORM,
    caveats: [
      'SHARE-ALIKE (ODbL): published derived databases must stay ODbL, with attribution.',
      'No US West file: no substations west of the Rockies. Voltage tags are sparse (most of India, Mexico, Brazil untagged).',
      'Line geometry is a straight segment between end vertices; parallel links double-count corridor km.',
    ],
  },
  isoQueue(TSRC.caiso, 'CAISO', 'https://www.caiso.com/library/recent-documents', '2025-01-23', [
    'Active requests only (no completed or withdrawn sheet in the compilation).',
  ]),
  isoQueue(
    TSRC.ercot,
    'ERCOT',
    'https://www.ercot.com/mp/data-products/data-product-details?id=PG7-200-ER',
    '2024-12',
    [
      'Only active projects that requested a full interconnection study (December 2024 GIS report); no state column (Texas).',
    ],
  ),
  isoQueue(
    TSRC.miso,
    'MISO',
    'https://www.misoenergy.org/planning/resource-utilization/GI_Queue/gi-interactive-queue/',
    '2025-01',
    ['MW are summer MW; MISO "Done" is the end of its study process, not commercial operation.'],
  ),
  isoQueue(
    TSRC.pjm,
    'PJM',
    'https://www.pjm.com/planning/service-requests/serial-service-request-status',
    '2025-01-23',
    ['The only ISO in the compilation with an actual in-service date.'],
  ),
  isoQueue(TSRC.spp, 'SPP', 'https://opsportal.spp.org/Studies/GIActive', '2025-01-22', [
    'Active-request file only; county is "nearest town or county".',
  ]),
  isoQueue(TSRC.isone, 'ISO New England', 'https://irtt.iso-ne.com/reports/external', '2025-01-23', [
    'Rows are per unit (some positions repeat); includes transmission projects and a few New York rows.',
  ]),
  isoQueue(
    TSRC.nyiso,
    'NYISO',
    'https://www.nyiso.com/documents/20142/1407078/NYISO-Interconnection-Queue.xlsx',
    '2024-12',
    ['Active list only; MW are summer MW; includes a few load requests.'],
  ),
  {
    id: TSRC.ercotGis,
    publisher: 'ERCOT',
    title:
      'Generator Interconnection Status (GIS) report, November 2025, sheet "Project Details - Large Gen"',
    url: 'https://www.ercot.com/mp/data-products/data-product-details?id=PG7-200-ER',
    license:
      'ERCOT public report ("for planning purposes only … supplied with all faults"); reuse terms unverified',
    nonCommercial: false,
    shareAlike: false,
    period: '2025-11',
    retrieved:
      'GitHub yairtitelboim/Maps data/ercot/gis_reports/raw/GIS_Report_November2025.xlsx, commit 6aebeaea54f68b1878bee75423b4dd592926dd38',
    transformation:
      'Read from grid/queues/ercot_gis_report_2025-11.csv (zod-validated); full-study request → approved for energization lead time to data/queues.json.',
    caveats: [
      GEN_QUEUE,
      'Snapshot of projects still in the report: projects leave it at commercial operation, so the energized ones are a small, recent subset.',
    ],
  },
].map((s) => SourceWithShareAlikeSchema.parse(s));

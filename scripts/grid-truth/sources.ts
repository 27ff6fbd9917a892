/** data/sources.json entries of the plant layer (same shape as scripts/sources.ts; from grid/plants/PROVENANCE.md). */
import type { Source } from '../../src/data/schemas.ts';
import { EIA_SOURCE, GEM_TRACKER_SOURCE, type GemTracker } from './rules.ts';

const GEM_REPO =
  'GitHub GlobalEnergyMonitor/maps, commit 094c98ba5e883930b2f9f250e6538bbfcba7d124 (2025-05-30)';
const GEM_TRANSFORMATION =
  'Units of grid/plants/gem_units_2024.csv merged per plant location and status (capacity summed, first and last start year kept); status classed operating / construction / planned / retired / inactive; fuel mapped to the shared vocabulary; dropped where EIA-860M (Dec 2025) has the US plant (scripts/README.md); written to data/plants.json; operating capacity and construction + planned capacity summed within 50 km of each grid cell.';
const GEM_CAVEATS = [
  'Units from GEM map files; this build does not say whether capacity is gross or net.',
  'GEM solar, wind and integrated-power (GIPT) trackers are not included.',
];

const gem = (
  tracker: GemTracker,
  title: string,
  page: string,
  file: string,
  period: string,
  caveats: string[],
): Source => ({
  id: GEM_TRACKER_SOURCE[tracker].id,
  publisher: 'Global Energy Monitor (GEM)',
  title,
  url: `https://globalenergymonitor.org/projects/${page}/`,
  license:
    'CC BY 4.0 (cite the tracker, e.g. "Global Coal Plant Tracker, Global Energy Monitor, July 2024 release")',
  nonCommercial: false,
  shareAlike: false,
  period,
  retrieved: `${GEM_REPO}, ${file}; see grid/plants/PROVENANCE.md`,
  transformation: GEM_TRANSFORMATION,
  caveats: [...GEM_CAVEATS, ...caveats],
});

export const PLANT_SOURCES: Source[] = [
  gem(
    'coal',
    'Global Coal Plant Tracker, July 2024 release (units >= 30 MW)',
    'global-coal-plant-tracker',
    'trackers/coal-plant/compilation_input/Global-Coal-Plant-Tracker-July-2024 DATA TEAM COPY.xlsx, sheet Units',
    '2024-07',
    ['Only coal units of 30 MW and larger. Start year missing for 3,655 units (2,741 of them cancelled).'],
  ),
  gem(
    'oil_gas',
    'Global Oil and Gas Plant Tracker (GOGPT), map file of 2024-08-29',
    'global-oil-gas-plant-tracker',
    'trackers/gas-plant/data/data-2024-08-29.csv',
    '2024-08-29 (map-file date; release not named)',
    [
      'The map file carries no GEM ids (record ids are row numbers) and no location accuracy; 1,672 units have no start year.',
      'Fuel = the first fuel GEM lists for the unit (gas or oil).',
    ],
  ),
  gem(
    'nuclear',
    'Global Nuclear Power Tracker, map file of 2024-07-17',
    'global-nuclear-power-tracker',
    'trackers/nuclear/data/data-2024-07-17.csv',
    '2024-07-17 (map-file date; release not named)',
    ['The map file carries no GEM ids (record ids are row numbers) and no start years.'],
  ),
  gem(
    'hydro',
    'Global Hydropower Tracker, May 2024 release',
    'global-hydropower-tracker',
    'trackers/hydro/Global-Hydropower-Tracker-May-2024_2024-05-15.csv',
    '2024-05',
    [
      'Rows are projects, not units. 58 binational projects (e.g. Itaipu) count their whole capacity in GEM\u2019s first country.',
      'Six gem_unit_ids are used twice for two different units at one site; both are kept.',
    ],
  ),
  gem(
    'geothermal',
    'Global Geothermal Power Tracker, map file of 2025-03-18',
    'global-geothermal-power-tracker',
    'trackers/geothermal/compilation_output/Geothermal-map-file-2025-03-18.csv',
    '2025-03-18 (map-file date; release not named)',
    [],
  ),
  gem(
    'bioenergy',
    'Global Bioenergy Power Tracker, map file of 2024-09-23',
    'global-bioenergy-power-tracker',
    'trackers/bioenergy/GBPT-map-file-2024-09-23.csv',
    '2024-09-23 (map-file date; release not named)',
    [
      '480 unit names look like Excel date conversions ("1-Jan"); unit names are not carried (records are plants).',
      'Three units without coordinates are left out (Kazan power station RU, La Carlota City Biomass PH, Enprotech KR).',
    ],
  ),
  {
    id: EIA_SOURCE.id,
    publisher: 'U.S. Energy Information Administration (EIA), aggregated per plant by a third party',
    title:
      'Form EIA-860M Preliminary Monthly Electric Generator Inventory, December 2025: US plants >= 50 MW, Operating and Retired sheets',
    url: 'https://www.eia.gov/electricity/data/eia860m/',
    license:
      'EIA data: US public domain (https://www.eia.gov/about/copyrights_reuse.php). The per-plant aggregation is by a third party (gnarlysasquatch76/gridsite), and that repository has no license file and no stated license: treat the aggregation as unlicensed; cite EIA.',
    nonCommercial: false,
    shareAlike: false,
    period: '2025-12',
    retrieved:
      'GitHub gnarlysasquatch76/gridsite public/data/power-plants.geojson, commit a8f1b35095bf670060936ba007428326311b393e (file last changed in 377c5dd); see grid/plants/PROVENANCE.md',
    transformation:
      'Plants of grid/plants/us_plants_eia860m_2025-12.csv: retiring classed operating, retired and retooled retired, except the 14 rows relabelled retooled by hand whose MW are Operating-sheet capacity (operating); fuel from the largest technology at the plant; replaces GEM and GPPD records it covers (scripts/README.md); written to data/plants.json and summed within 50 km for the operating capacity layer.',
    caveats: [
      'Third-party aggregation with no stated license (EIA facts are public domain).',
      'No planned or under-construction plants and no plants under 50 MW; no EIA plant ids (record ids are row numbers).',
      'Fuel is the technology with the most MW at the plant; owner is the reporting entity with the most MW, not necessarily the owner.',
      '"retooled" mixes the retired units of plants that also have live units with 14 rows relabelled by hand.',
    ],
  },
];

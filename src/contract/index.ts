/**
 * The typed contract between the data pipeline (scripts/) and the app (src/): layer ids, energised statuses and
 * the grid manifest schema. Pure TypeScript + zod: no DOM, no Node APIs, no imports from the rest of src/.
 */
export * from './cloudRegions.ts';
export * from './gridManifest.ts';
export * from './layerIds.ts';
export * from './mining.ts';

/**
 * Cloud providers of data/cloud_regions.json, without zod (cloudRegions.ts re-exports them with its schemas): what
 * the point evaluator and the fine-surface worker read, so that worker bundles no schema library.
 */

/** Providers of the source file; `hyperscale` marks the ones the cloud_region_km layer measures to. */
export const CLOUD_PROVIDERS = ['aws', 'azure', 'gcp', 'oracle', 'linode', 'vultr'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/**
 * The hyperscale providers (the cloud_region_km layer and the "Distance to a cloud region" criterion). Linode and
 * Vultr are in the file and on the overlay, but the source's own caveat calls them small clouds, not hyperscalers.
 */
export const HYPERSCALE_PROVIDERS: readonly CloudProvider[] = ['aws', 'azure', 'gcp', 'oracle'];

export const CLOUD_PROVIDER_LABELS: Record<CloudProvider, string> = {
  aws: 'AWS',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  oracle: 'Oracle Cloud',
  linode: 'Linode',
  vultr: 'Vultr',
};

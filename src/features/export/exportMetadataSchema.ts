/**
 * The metadata file written beside every CSV export (`<name>.metadata.json`), as a zod schema: what a reader
 * (a colleague's script, the tests) can rely on. `config` is the app's ScoringConfig, kept as written.
 */
import { z } from 'zod';
import type { ExportMetadata } from './exportMetadata.ts';

const num = z.number();

export const ExportMetadataSchema = z.object({
  generator: z.literal('Gridscout'),
  appVersion: z.string().min(1),
  exportedAt: z.iso.datetime(),
  preset: z.string().nullable(),
  weightsPercent: z.record(z.string(), num),
  transforms: z.record(z.string(), z.unknown()),
  constraints: z.record(z.string(), z.union([num, z.null(), z.array(z.string())])),
  populationRadius: num,
  gridAccessVoltage: num,
  priceBasis: z.string().min(1),
  assumptions: z.array(
    z.object({ id: z.string(), label: z.string(), value: num, unit: z.string(), edited: z.boolean() }),
  ),
  ownPrices: z.array(
    z.object({
      basis: z.literal('your figure'),
      code: z.string().min(1),
      usdPerKwh: num,
      label: z.string().nullable(),
    }),
  ),
  config: z.object({ weights: z.record(z.string(), num) }).loose(),
  scoreNote: z.string().min(1),
  restrictedLicenses: z.array(
    z.object({
      sourceId: z.string(),
      publisher: z.string(),
      license: z.string(),
      nonCommercial: z.boolean(),
      shareAlike: z.boolean(),
    }),
  ),
  sources: z.array(
    z.object({
      id: z.string().min(1),
      publisher: z.string(),
      title: z.string(),
      url: z.string(),
      license: z.string().min(1),
      period: z.string(),
      nonCommercial: z.boolean(),
      shareAlike: z.boolean(),
    }),
  ),
});

/** The sidecar: the metadata, the file it describes, and the same facts as one-line summaries. */
export const MetadataSidecarSchema = ExportMetadataSchema.extend({
  describes: z.string().min(1),
  summary: z.array(z.string()),
});
export type MetadataSidecar = ExportMetadata & { describes: string; summary: string[] };

/** Reads a sidecar's text; throws with zod's message naming the field when it does not match. */
export function parseMetadataSidecar(text: string): MetadataSidecar {
  return MetadataSidecarSchema.parse(JSON.parse(text)) as MetadataSidecar;
}

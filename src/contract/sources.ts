/** One entry of data/sources.json: publisher, license and what the pipeline did, for every dataset. */
import { z } from 'zod';

export const SourceSchema = z.object({
  id: z.string().min(1),
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.string().min(1),
  license: z.string().min(1),
  /** True when the license forbids commercial use; the app labels such data. */
  nonCommercial: z.boolean(),
  /** Year or period the data describes, e.g. "2024", "2024S2", "1991-2020". */
  period: z.string().min(1),
  /** Where and when the raw copy was retrieved (from the raw PROVENANCE.md). */
  retrieved: z.string(),
  /** What the pipeline did to it, in words. */
  transformation: z.string().min(1),
  /** Caveats a careful user must know (town-level coordinates, preliminary data, ...). */
  caveats: z.array(z.string()),
  /** True when the license requires derived data to be shared alike (ODbL, CC BY-SA); the app labels such data. */
  shareAlike: z.boolean(),
});
export type Source = z.infer<typeof SourceSchema>;
export const SourcesFileSchema = z.object({ generated: z.string(), sources: z.array(SourceSchema) });

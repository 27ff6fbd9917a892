/**
 * Contract of data/queues.json: lead times measured from US generation interconnection queues, and US county
 * queue pressure. Pure zod. Measures and exclusions: scripts/README.md "Queues".
 */
import { z } from 'zod';

export const GENERATION_QUEUE_CAVEAT = 'generation interconnection queue, not large-load';

const months = z.number().nonnegative();

export const LeadTimeSchema = z.object({
  /** ISO label as in the source (NEISO = ISO New England). */
  region: z.string().min(1),
  /** Which two dates, e.g. "queue_date → actual_in_service_date (Completed)". */
  measure: z.string().min(1),
  /** Months = days / (365.25 / 12); null when n = 0 (the source publishes no such date). */
  median: months.nullable(),
  p25: months.nullable(),
  p75: months.nullable(),
  n: z.number().int().nonnegative(),
  /** Rows left out, by reason (missing start, missing end, end before start). */
  excluded: z.record(z.string(), z.number().int().nonnegative()),
  /** First and last start date of the measured rows ("yyyy-mm … yyyy-mm"), or "n/a". */
  period: z.string().min(1),
  sourceId: z.string().min(1),
  caveat: z.string().min(1),
});
export type LeadTime = z.infer<typeof LeadTimeSchema>;

export const CountyPressureSchema = z.object({
  /** Two-letter US state code. */
  state: z.string().regex(/^[A-Z]{2}$/),
  /** Normalised key (upper case, no "County"/"Parish", "Saint" → "ST"): join on this. */
  countyKey: z.string().min(1),
  /** Most frequent spelling in the source. */
  county: z.string().min(1),
  activeMw: z.number(),
  activeProjects: z.number().int().nonnegative(),
  /** Active rows without any MW value. */
  activeWithoutMw: z.number().int().nonnegative(),
  withdrawn: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  /**
   * withdrawn / (active + withdrawn + completed), over rows of ISOs that publish withdrawn projects
   * (`withdrawnShareIsos`); null when none of the county's rows comes from such an ISO.
   */
  withdrawnShare: z.number().min(0).max(1).nullable(),
  withdrawnShareIsos: z.array(z.string()),
  /** Rows behind `withdrawnShare` (the rows of `withdrawnShareIsos`). */
  withdrawnShareRows: z.number().int().nonnegative(),
  isos: z.array(z.string().min(1)),
  /** Rows that name several counties; each named county counts the whole row. */
  multiCountyRows: z.number().int().nonnegative(),
  sourceIds: z.array(z.string().min(1)),
});
export type CountyPressure = z.infer<typeof CountyPressureSchema>;

/** The same figures per state (each row once), for a state-level context layer on admin-1 polygons. */
export const StatePressureSchema = CountyPressureSchema.omit({
  countyKey: true,
  county: true,
  multiCountyRows: true,
}).extend({
  /** ISO 3166-2 code of the Natural Earth admin-1 polygon, e.g. "US-VA". */
  region: z.string().regex(/^US-[A-Z]{2}$/),
});
export type StatePressure = z.infer<typeof StatePressureSchema>;

export const QueuesFileSchema = z.object({
  caveat: z.literal(GENERATION_QUEUE_CAVEAT),
  leadTimes: z.array(LeadTimeSchema),
  counties: z.array(CountyPressureSchema),
  states: z.array(StatePressureSchema),
  /** How a county is placed: there is no county geometry in the raw data (see scripts/README.md). */
  countyLocation: z.string().min(1),
  /** Rows not in the county table, by reason. */
  countyExcluded: z.record(z.string(), z.number().int().nonnegative()),
  /** ISOs whose files have no withdrawn projects (their counties' withdrawn share is null). */
  isosWithoutWithdrawn: z.array(z.string()),
});
export type QueuesFile = z.infer<typeof QueuesFileSchema>;

/** Reading a link value by value: each through its own zod schema, each refusal a notice naming it. */
import type { z } from 'zod';
import { namedValues, type EntrySchema } from './urlSchemas.ts';

/** A value as a notice shows it: JSON, cut to 40 characters (shown as text, never as HTML). */
export const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

const reason = (error: z.ZodError) => error.issues[0]?.message ?? 'invalid';

/** The value when `schema` accepts it, else undefined and a notice with the schema's reason. */
export function parsed<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  notices: string[],
  notice: (why: string) => string,
): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  notices.push(notice(reason(result.error)));
  return undefined;
}

/** Validates each entry of an id → value map on its own; returns the valid ones. */
export function decodeMap<T>(
  raw: unknown,
  what: string,
  entry: EntrySchema,
  notices: string[],
): T | undefined {
  const map = parsed(namedValues, raw, notices, (why) => `Ignored ${what}: ${why}`);
  if (!map) return undefined;
  const out: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(map)) {
    const schema = entry(id);
    const notice = (why: string) => `Ignored ${what} ${short(id)} = ${short(v)}: ${why}`;
    if (typeof schema === 'string') notices.push(notice(schema));
    else if (parsed(schema, v, notices, notice) !== undefined) out[id] = v;
  }
  return out as T;
}

/** What each link parameter is called in a notice (a value is cut to 40 characters). */
const PARAM_NOTICE: Record<string, (raw: string, why: string) => string> = {
  view: (raw, why) => `Ignored map view ${short(raw)}: ${why}`,
  sector: (raw, why) => `Ignored tariff sector ${short(raw)}: ${why}`,
  layers: (raw, why) => `Ignored layers ${short(raw)}: ${why}`,
  s: (_, why) => `Ignored the shared settings and shortlist (s=…): ${why}`,
  z: (_, why) => `Ignored the shared settings and shortlist (#z=…): ${why}`,
};
const paramNotice = (key: string) =>
  PARAM_NOTICE[key] ?? ((raw: string, why: string) => `Ignored ${key} ${short(raw)}: ${why}`);

/**
 * Reads each parameter of `schema` on its own (a version's schema lists exactly the parameters it has);
 * `note` may add a notice about an accepted value, in parameter order.
 */
export function readParams<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  params: URLSearchParams,
  notices: string[],
  note: (key: string, value: unknown) => string | null = () => null,
): Partial<z.output<z.ZodObject<S>>> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = parsed(field as z.ZodType, raw, notices, (why) => paramNotice(key)(raw, why));
    if (value === undefined) continue;
    out[key] = value;
    const extra = note(key, value);
    if (extra) notices.push(extra);
  }
  return out as Partial<z.output<z.ZodObject<S>>>;
}

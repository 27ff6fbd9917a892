/**
 * The one versioned serialiser for state carried in the URL. Decoding never throws: the `v` parameter picks
 * that version's zod schema (./urlSchemas.ts), every value is validated on its own, whatever is invalid is
 * ignored with a notice naming it, and the result is migrated step by step to the current version.
 * Version history (fixtures for each in ./fixtures):
 *   1: view (lon,lat,zoom), layers (overlay ids), sector (industrial|commercial).
 *   2: version 1's readable params, plus `s`: base64url of compact JSON with the scoring configuration
 *      (w weights, t transforms, c constraints, a assumptions, n connectivity (retired), p preset) and the shortlist
 *      (l: [name, lon, lat, note, origin, refId?] per site). `s` is left out when it would be empty.
 *      Later added to `s` without a version bump (an older link simply lacks them): g, the Grid access voltage
 *      class in kV (absent = default); r, the population radius in km (absent = default). Assumption ids the model
 *      dropped are ignored with a notice saying why. Links from before r carry the retired connectivity criterion
 *      (w/t "connectivity", n mode): ./connectivityMigration.ts moves them, naming each step in a notice.
 *      po, the user's own prices ([code, USD/kWh, label?] per row, ../prices/priceLink.ts; share links only, like
 *      the shortlist).
 * A link without `v` is read as the current version; an unknown `v` too, with a notice.
 */
import type { z } from 'zod';
import type { MapView } from '../map/mapHandle.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import type { TariffSector } from '../overlays/tariffs/tariffsOverlay.ts';
import type {
  AssumptionOverrides,
  Constraints,
  CriterionId,
  GridAccessVoltage,
  PopulationRadius,
  PresetId,
  PriceBasis,
  PriceOverride,
  Transform,
} from '../../domain/index.ts';
import { DEFAULT_GRID_ACCESS_VOLTAGE, DEFAULT_POPULATION_RADIUS } from '../../domain/index.ts';
import { migrateConnectivity } from './connectivityMigration.ts';
import { MAX_ENTRIES, type NewShortlistEntry, type ShortlistOrigin } from '../../shared/shortlistTypes.ts';
import { PRICE_LINK_KEY, decodePriceLink, encodePriceLink } from '../prices/priceLink.ts';
import {
  assumptionEntry,
  constraintEntry,
  gridAccessVoltageField,
  linkV1Schema,
  linkV2Schema,
  namedValues,
  populationRadiusField,
  presetField,
  priceBasisField,
  sharedSiteSchema,
  shortlistField,
  transformEntry,
  weightEntry,
  type EntrySchema,
} from './urlSchemas.ts';

export { fromBase64Url } from './urlSchemas.ts';

export const URL_STATE_VERSION = 2;

/** Parts of a scoring configuration carried by a link; absent parts keep the app's defaults. */
export interface SharedScoring {
  weights?: Partial<Record<CriterionId, number>>;
  transforms?: Partial<Record<CriterionId, Transform>>;
  constraints?: Constraints;
  assumptions?: AssumptionOverrides;
  populationRadius?: PopulationRadius;
  gridAccessVoltage?: GridAccessVoltage;
  priceBasis?: PriceBasis;
  presetId?: PresetId;
}

export interface UrlState {
  view?: MapView;
  layers?: OverlayId[];
  sector?: TariffSector;
  scoring?: SharedScoring;
  shortlist?: NewShortlistEntry[];
  /** The user's own prices ("your figure"). */
  prices?: PriceOverride[];
}

export interface Decoded {
  state: UrlState;
  notices: string[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const isEmpty = (v: object | undefined) => v === undefined || Object.keys(v).length === 0;

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function encodeBlob(state: UrlState): string | null {
  const blob: Record<string, unknown> = {};
  const s = state.scoring;
  if (s) {
    if (s.weights) blob.w = s.weights;
    if (!isEmpty(s.transforms)) blob.t = s.transforms;
    if (!isEmpty(s.constraints)) blob.c = s.constraints;
    if (!isEmpty(s.assumptions)) blob.a = s.assumptions;
    if (s.populationRadius && s.populationRadius !== DEFAULT_POPULATION_RADIUS) blob.r = s.populationRadius;
    if (s.gridAccessVoltage && s.gridAccessVoltage !== DEFAULT_GRID_ACCESS_VOLTAGE)
      blob.g = s.gridAccessVoltage;
    if (s.priceBasis && s.priceBasis !== 'retail') blob.pb = s.priceBasis;
    if (s.presetId) blob.p = s.presetId;
  }
  if (state.shortlist?.length)
    blob.l = state.shortlist.map((e) => [
      e.name,
      round(e.lon, 6),
      round(e.lat, 6),
      e.note ?? '',
      e.origin,
      ...(e.refId ? [e.refId] : []),
    ]);
  if (state.prices?.length) blob[PRICE_LINK_KEY] = encodePriceLink(state.prices);
  return Object.keys(blob).length ? toBase64Url(JSON.stringify(blob)) : null;
}

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_STATE_VERSION));
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    params.set('view', [round(lon, 4), round(lat, 4), round(zoom, 2)].join(','));
  }
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.sector) params.set('sector', state.sector);
  const blob = encodeBlob(state);
  if (blob) params.set('s', blob);
  return params.toString();
}

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

const reason = (error: z.ZodError) => error.issues[0]?.message ?? 'invalid';

/** The value when `schema` accepts it, else undefined and a notice with the schema's reason. */
function parsed<T>(
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
function decodeMap<T>(raw: unknown, what: string, entry: EntrySchema, notices: string[]): T | undefined {
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

function decodeShortlist(raw: unknown, notices: string[]): NewShortlistEntry[] | undefined {
  const sites = parsed(shortlistField, raw, notices, (why) => `Ignored the shared shortlist: ${why}`);
  if (!sites) return undefined;
  const out: NewShortlistEntry[] = [];
  sites.slice(0, MAX_ENTRIES).forEach((site, i) => {
    const name = Array.isArray(site) ? (site[0] as unknown) : undefined;
    const label = typeof name === 'string' && name ? `"${name.slice(0, 40)}"` : `number ${i + 1}`;
    const entry = parsed(sharedSiteSchema, site, notices, (why) => `Ignored shared site ${label}: ${why}`);
    if (!entry) return;
    if (!entry.knownOrigin)
      notices.push(`Shared site ${label}: unknown origin ${short(entry.origin)}, kept as a point`);
    out.push({
      name: entry.name,
      lon: entry.lon,
      lat: entry.lat,
      note: entry.note,
      origin: entry.knownOrigin ? (entry.origin as ShortlistOrigin) : 'point',
      ...(entry.refId !== undefined ? { refId: entry.refId } : {}),
    });
  });
  if (sites.length > MAX_ENTRIES) notices.push(`Ignored shared sites after the first ${MAX_ENTRIES}`);
  return out;
}

function decodeBlob(
  linkBlob: Record<string, unknown>,
  notices: string[],
): Pick<UrlState, 'scoring' | 'shortlist' | 'prices'> {
  const blob = migrateConnectivity(linkBlob, notices);
  const s: SharedScoring = {};
  if ('w' in blob) s.weights = decodeMap(blob.w, 'weight', weightEntry, notices);
  if ('t' in blob) s.transforms = decodeMap(blob.t, 'transform of', transformEntry, notices);
  if ('c' in blob) s.constraints = decodeMap(blob.c, 'constraint', constraintEntry, notices);
  if ('a' in blob) s.assumptions = decodeMap(blob.a, 'assumption', assumptionEntry, notices);
  if ('r' in blob)
    s.populationRadius = parsed(
      populationRadiusField,
      blob.r,
      notices,
      (why) => `Ignored population radius ${short(blob.r)}: ${why}`,
    );
  if ('g' in blob)
    s.gridAccessVoltage = parsed(
      gridAccessVoltageField,
      blob.g,
      notices,
      (why) => `Ignored grid access voltage ${short(blob.g)}: ${why}`,
    );
  if ('pb' in blob)
    s.priceBasis = parsed(
      priceBasisField,
      blob.pb,
      notices,
      (why) => `Ignored price basis ${short(blob.pb)}: ${why}`,
    );
  if ('p' in blob)
    s.presetId = parsed(presetField, blob.p, notices, (why) => `Ignored preset ${short(blob.p)}: ${why}`);
  for (const key of Object.keys(s) as (keyof SharedScoring)[]) if (s[key] === undefined) delete s[key];
  const shortlist = 'l' in blob ? decodeShortlist(blob.l, notices) : undefined;
  const prices = PRICE_LINK_KEY in blob ? decodePriceLink(blob[PRICE_LINK_KEY], notices) : undefined;
  return {
    ...(isEmpty(s) ? {} : { scoring: s }),
    ...(shortlist ? { shortlist } : {}),
    ...(prices?.length ? { prices } : {}),
  };
}

/** What each link parameter is called in a notice. */
const PARAM_NOTICE: Record<string, (raw: string, why: string) => string> = {
  view: (raw, why) => `Ignored map view "${raw}": ${why}`,
  sector: (raw, why) => `Ignored tariff sector "${raw}": ${why}`,
  layers: (raw, why) => `Ignored layers "${raw}": ${why}`,
  s: (_, why) => `Ignored the shared settings and shortlist (s=…): ${why}`,
};

/**
 * Reads each parameter of `schema` on its own (a version's schema lists exactly the parameters it has);
 * `note` may add a notice about an accepted value, in parameter order.
 */
function readParams<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  params: URLSearchParams,
  notices: string[],
  note: (key: string, value: unknown) => string | null = () => null,
): Partial<z.output<z.ZodObject<S>>> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = parsed(field as z.ZodType, raw, notices, (why) => PARAM_NOTICE[key](raw, why));
    if (value === undefined) continue;
    out[key] = value;
    const extra = note(key, value);
    if (extra) notices.push(extra);
  }
  return out as Partial<z.output<z.ZodObject<S>>>;
}

type LinkV1 = Pick<UrlState, 'view' | 'layers' | 'sector'>;
type LinkV2 = UrlState;

/** The readable parameters, as version 1 defined them (version 2 kept them unchanged). */
function readReadable(params: URLSearchParams, known: readonly OverlayId[], notices: string[]): LinkV1 {
  const isKnown = (id: string): id is OverlayId => known.includes(id as OverlayId);
  const { view, layers, sector } = readParams(linkV1Schema, params, notices, (key, value) => {
    const unknown = key === 'layers' ? (value as string[]).filter((id) => !isKnown(id)) : [];
    return unknown.length
      ? `Ignored unknown layer${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`
      : null;
  });
  const state: LinkV1 = {};
  if (params.has('view')) state.view = view;
  if (layers) state.layers = layers.filter(isKnown);
  if (sector) state.sector = sector;
  return state;
}

function readV1(params: URLSearchParams, known: readonly OverlayId[], notices: string[]): LinkV1 {
  const state = readReadable(params, known, notices);
  if (params.has('s'))
    notices.push('Ignored the shared settings and shortlist (s=…): version 1 links carry none');
  return state;
}

function readV2(params: URLSearchParams, known: readonly OverlayId[], notices: string[]): LinkV2 {
  const state: LinkV2 = readReadable(params, known, notices);
  const { s } = readParams(linkV2Schema.pick({ s: true }), params, notices);
  return s ? { ...state, ...decodeBlob(s, notices) } : state;
}

/** How to read a link of each version. */
const READERS = { 1: readV1, 2: readV2 } as const;

/** Migrations: MIGRATIONS[n] turns a version-n state into a version n+1 state. */
const MIGRATIONS: Record<number, (state: LinkV1) => LinkV2> = {
  // Version 2 only added `s`: a version 1 link shares no scoring settings and no shortlist.
  1: (v1) => ({ ...v1 }),
};

export function decodeUrlState(search: string, knownLayers: readonly OverlayId[]): Decoded {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const v = params.get('v');
  let version = URL_STATE_VERSION;
  if (v === '1' || v === '2') version = Number(v);
  else if (v !== null)
    notices.push(`Link version "${v}" is not one this app knows; read as version ${URL_STATE_VERSION}`);
  let state: UrlState = READERS[version as keyof typeof READERS](params, knownLayers, notices);
  for (let from = version; from < URL_STATE_VERSION; from++) state = MIGRATIONS[from](state);
  return { state, notices };
}

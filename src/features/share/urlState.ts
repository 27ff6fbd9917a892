/**
 * The one versioned serialiser for state carried in the URL. Decoding never throws: the `v` parameter picks
 * that version's zod schema (./urlSchemas.ts), every value is validated on its own, whatever is invalid is
 * ignored with a notice naming it (once), and the result is migrated step by step to the current version.
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
 *   3: version 1's readable params in the query; the object version 2 put in `s` moves to the fragment as
 *      `#z=` (lz-string, ./linkTransport.ts), so the server never sees it and its size is limited only by
 *      MAX_SHARE_URL_LENGTH. The app writes only this version.
 * A link without `v` is read as the current version (as version 2 when it carries `s`); an unknown `v` too,
 * with a notice. A query encoded twice
 * is read decoded once, with a notice; parameters no version has are named in a notice.
 */
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
  populationRadiusField,
  linkV3FragmentSchema,
  linkV3Schema,
  presetField,
  priceBasisField,
  sharedSiteSchema,
  shortlistField,
  transformEntry,
  weightEntry,
} from './urlSchemas.ts';
import { decodeMap, parsed, readParams, short } from './linkFields.ts';
import { FRAGMENT_KEY, compressState, splitLink, undoDoubleEncoding } from './linkTransport.ts';

export { fromBase64Url } from './urlSchemas.ts';

export const URL_STATE_VERSION = 3;

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

/** The settings and shortlist object (version 2's `s`, version 3's `#z`); null when there is nothing in it. */
function encodeBlob(state: UrlState): Record<string, unknown> | null {
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
  return Object.keys(blob).length ? blob : null;
}

/** `query` or `query#z=…` (version 3): append it to a path after `?`. */
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
  // lz-string's URI alphabet (A–Z a–z 0–9 + - $) needs no escaping in a fragment.
  return blob ? `${params.toString()}#${FRAGMENT_KEY}=${compressState(blob)}` : params.toString();
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

type LinkV1 = Pick<UrlState, 'view' | 'layers' | 'sector'>;
type LinkV2 = UrlState;
type LinkV3 = UrlState;

/** The query's and the fragment's parameters. */
interface LinkParams {
  query: URLSearchParams;
  fragment: URLSearchParams;
}

/** At most `max` distinct values, each cut short, then how many more there were. */
function nameSome(values: readonly string[], max = 10): string {
  const distinct = [...new Set(values)];
  const named = distinct.slice(0, max).map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v));
  const more = distinct.length - named.length;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The readable parameters, as version 1 defined them (versions 2 and 3 kept them unchanged). */
function readReadable({ query }: LinkParams, known: readonly OverlayId[], notices: string[]): LinkV1 {
  const isKnown = (id: string): id is OverlayId => known.includes(id as OverlayId);
  const { view, layers, sector } = readParams(linkV1Schema, query, notices, (key, value) => {
    const unknown = key === 'layers' ? (value as string[]).filter((id) => !isKnown(id)) : [];
    return unknown.length
      ? `Ignored unknown layer${new Set(unknown).size > 1 ? 's' : ''}: ${nameSome(unknown)}`
      : null;
  });
  const state: LinkV1 = {};
  if (query.has('view')) state.view = view;
  if (layers) state.layers = [...new Set(layers.filter(isKnown))];
  if (sector) state.sector = sector;
  return state;
}

const carriesNone = (what: string, version: number) =>
  `Ignored the shared settings and shortlist (${what}): version ${version} links carry none`;

function readV1(params: LinkParams, known: readonly OverlayId[], notices: string[]): LinkV1 {
  const state = readReadable(params, known, notices);
  if (params.query.has('s')) notices.push(carriesNone('s=…', 1));
  if (params.fragment.has(FRAGMENT_KEY)) notices.push(carriesNone(`#${FRAGMENT_KEY}=…`, 1));
  return state;
}

function readV2(params: LinkParams, known: readonly OverlayId[], notices: string[]): LinkV2 {
  const state: LinkV2 = readReadable(params, known, notices);
  if (params.fragment.has(FRAGMENT_KEY))
    notices.push(`Ignored #${FRAGMENT_KEY}=…: version 2 links carry their settings in s=…`);
  const { s } = readParams(linkV2Schema.pick({ s: true }), params.query, notices);
  return s ? { ...state, ...decodeBlob(s, notices) } : state;
}

function readV3(params: LinkParams, known: readonly OverlayId[], notices: string[]): LinkV3 {
  const state: LinkV3 = readReadable(params, known, notices);
  if (params.query.has('s'))
    notices.push(`Ignored s=…: version 3 links carry their settings in the fragment (#${FRAGMENT_KEY}=…)`);
  const { z } = readParams(linkV3FragmentSchema, params.fragment, notices);
  return z ? { ...state, ...decodeBlob(z, notices) } : state;
}

/** How to read a link of each version. */
const READERS = { 1: readV1, 2: readV2, 3: readV3 } as const;

/** Migrations: MIGRATIONS[n] turns a version-n state into a version n+1 state. */
const MIGRATIONS: Record<number, (state: UrlState) => UrlState> = {
  // Version 2 only added `s`: a version 1 link shares no scoring settings and no shortlist.
  1: (v1: LinkV1): LinkV2 => ({ ...v1 }),
  // Version 3 only moved `s` into the fragment: the state is the same.
  2: (v2: LinkV2): LinkV3 => v2,
};

/** Parameters some version reads (and `debug`, read by the map); any other is named in a notice. */
const KNOWN_QUERY = new Set([
  'v',
  'debug',
  ...Object.keys(linkV2Schema.shape),
  ...Object.keys(linkV3Schema.shape),
]);

/**
 * Reads a link's `?query#fragment` (either part may be absent; a leading path is ignored), e.g.
 * `location.search + location.hash` or what encodeUrlState wrote.
 */
export function decodeUrlState(link: string, knownLayers: readonly OverlayId[]): Decoded {
  const notices: string[] = [];
  const parts = splitLink(link);
  const query = new URLSearchParams(undoDoubleEncoding(parts.query, notices));
  const params: LinkParams = { query, fragment: new URLSearchParams(parts.fragment) };
  const v = query.get('v');
  // Without a known `v`, a link carrying `s` can only be version 2's form.
  let version = query.has('s') ? 2 : URL_STATE_VERSION;
  if (v === '1' || v === '2' || v === '3') version = Number(v);
  else if (v !== null)
    notices.push(`Link version ${short(v)} is not one this app knows; read as version ${version}`);
  let state: UrlState = READERS[version as keyof typeof READERS](params, knownLayers, notices);
  for (let from = version; from < URL_STATE_VERSION; from++) state = MIGRATIONS[from](state);
  const weights = state.scoring?.weights;
  if (weights && Object.values(weights).every((w) => w === 0))
    notices.push('The weights in this link sum to zero: nothing is weighted, so no place gets a score');
  const unknown = [...query.keys()].filter((key) => !KNOWN_QUERY.has(key));
  if (unknown.length)
    notices.push(
      `Ignored unknown link parameter${new Set(unknown).size > 1 ? 's' : ''}: ${nameSome(unknown)}`,
    );
  // Every ignored value is named once, however often the link repeats it.
  return { state, notices: [...new Set(notices)] };
}

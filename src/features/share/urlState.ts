/**
 * The one versioned serialiser for state carried in the URL. Decoding never throws: every
 * value is validated on its own, and whatever is invalid is ignored with a notice naming it.
 * Version history (fixtures for each in urlState.test.ts):
 *   1: view (lon,lat,zoom), layers (overlay ids), sector (industrial|commercial).
 *   2: version 1's readable params, plus `s`: base64url of compact JSON with the scoring configuration
 *      (w weights, t transforms, c constraints, a assumptions, n connectivity, p preset) and the shortlist
 *      (l: [name, lon, lat, note, origin, refId?] per site). `s` is left out when it would be empty.
 */
import type { MapView } from '../map/mapHandle.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import type { TariffSector } from '../overlays/tariffs/tariffsOverlay.ts';
import {
  PRESETS,
  getAssumption,
  isAssumptionId,
  isCriterionId,
  validateAssumptionOverride,
  validateConstraints,
  validateTransform,
  type AssumptionOverrides,
  type ConnectivityMode,
  type Constraints,
  type CriterionId,
  type PresetId,
  type Transform,
} from '../../domain/index.ts';
import {
  SHORTLIST_ORIGINS,
  MAX_ENTRIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  type NewShortlistEntry,
  type ShortlistOrigin,
} from '../shortlist/shortlistTypes.ts';

export const URL_STATE_VERSION = 2;

/** Parts of a scoring configuration carried by a link; absent parts keep the app's defaults. */
export interface SharedScoring {
  weights?: Partial<Record<CriterionId, number>>;
  transforms?: Partial<Record<CriterionId, Transform>>;
  constraints?: Constraints;
  assumptions?: AssumptionOverrides;
  connectivity?: ConnectivityMode;
  presetId?: PresetId;
}

export interface UrlState {
  view?: MapView;
  layers?: OverlayId[];
  sector?: TariffSector;
  scoring?: SharedScoring;
  shortlist?: NewShortlistEntry[];
}

export interface Decoded {
  state: UrlState;
  notices: string[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: object | undefined) => v === undefined || Object.keys(v).length === 0;

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function encodeBlob(state: UrlState): string | null {
  const blob: Record<string, unknown> = {};
  const s = state.scoring;
  if (s) {
    if (s.weights) blob.w = s.weights;
    if (!isEmpty(s.transforms)) blob.t = s.transforms;
    if (!isEmpty(s.constraints)) blob.c = s.constraints;
    if (!isEmpty(s.assumptions)) blob.a = s.assumptions;
    if (s.connectivity && s.connectivity !== 'nearest') blob.n = s.connectivity;
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

function decodeView(raw: string, notices: string[]): MapView | undefined {
  const parts = raw.split(',').map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) {
    notices.push(`Ignored map view "${raw}": expected longitude,latitude,zoom`);
    return undefined;
  }
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) {
    notices.push(`Ignored map view "${raw}": out of range (longitude ±180, latitude ±85, zoom 0–22)`);
    return undefined;
  }
  return { lon, lat, zoom };
}

const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/** Validates each entry of an id → value map on its own; returns the valid ones. */
function decodeMap<T>(
  raw: unknown,
  what: string,
  notices: string[],
  check: (id: string, v: unknown) => string | null,
): Record<string, T> | undefined {
  if (!isRecord(raw)) {
    notices.push(`Ignored ${what}: expected a list of named values`);
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const [id, v] of Object.entries(raw)) {
    const problem = check(id, v);
    if (problem) notices.push(`Ignored ${what} ${short(id)} = ${short(v)}: ${problem}`);
    else out[id] = v as T;
  }
  return out;
}

function decodeScoring(blob: Record<string, unknown>, notices: string[]): SharedScoring | undefined {
  const s: SharedScoring = {};
  if ('w' in blob)
    s.weights = decodeMap<number>(blob.w, 'weight', notices, (id, v) =>
      !isCriterionId(id)
        ? 'unknown criterion'
        : typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1000
          ? 'expected a number 0–1000'
          : null,
    );
  if ('t' in blob)
    s.transforms = decodeMap<Transform>(blob.t, 'transform of', notices, (id, v) => {
      if (!isCriterionId(id)) return 'unknown criterion';
      if (!isRecord(v)) return 'expected a transform';
      try {
        return validateTransform(v as unknown as Transform);
      } catch {
        return 'malformed transform';
      }
    });
  if ('c' in blob)
    s.constraints = decodeMap<number | null | string[]>(blob.c, 'constraint', notices, (id, v) => {
      if (
        id === 'excludedCountries' &&
        (!Array.isArray(v) || v.some((c) => typeof c !== 'string' || !/^[A-Za-z]{3}$/.test(c)))
      )
        return 'expected ISO3 codes';
      return validateConstraints({ [id]: v } as Constraints);
    }) as Constraints | undefined;
  if ('a' in blob)
    s.assumptions = decodeMap<number>(blob.a, 'assumption', notices, (id, v) =>
      !isAssumptionId(id)
        ? 'unknown assumption'
        : typeof v !== 'number'
          ? `expected a number in ${getAssumption(id).unit}`
          : validateAssumptionOverride(id, v),
    );
  if ('n' in blob) {
    if (blob.n === 'nearest' || blob.n === 'landing' || blob.n === 'metro') s.connectivity = blob.n;
    else notices.push(`Ignored connectivity ${short(blob.n)}: expected nearest, landing or metro`);
  }
  if ('p' in blob) {
    if (PRESETS.some((p) => p.id === blob.p)) s.presetId = blob.p as PresetId;
    else notices.push(`Ignored preset ${short(blob.p)}: not a preset this app knows`);
  }
  return isEmpty(s) ? undefined : s;
}

function decodeShortlist(raw: unknown, notices: string[]): NewShortlistEntry[] | undefined {
  if (!Array.isArray(raw)) {
    notices.push('Ignored the shared shortlist: expected a list of sites');
    return undefined;
  }
  const out: NewShortlistEntry[] = [];
  raw.slice(0, MAX_ENTRIES).forEach((site, i) => {
    const [name, lon, lat, note = '', origin = 'point', refId] = Array.isArray(site) ? site : [];
    const label = typeof name === 'string' && name ? `"${name.slice(0, 40)}"` : `number ${i + 1}`;
    if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH)
      return notices.push(`Ignored shared site ${label}: no usable name`);
    if (
      typeof lon !== 'number' ||
      typeof lat !== 'number' ||
      !(Math.abs(lon) <= 180) ||
      !(Math.abs(lat) <= 90)
    )
      return notices.push(`Ignored shared site ${label}: coordinates out of range`);
    if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH)
      return notices.push(`Ignored shared site ${label}: unreadable note`);
    const knownOrigin = SHORTLIST_ORIGINS.includes(origin as ShortlistOrigin);
    if (!knownOrigin) notices.push(`Shared site ${label}: unknown origin ${short(origin)}, kept as a point`);
    out.push({
      name,
      lon,
      lat,
      note,
      origin: knownOrigin ? (origin as ShortlistOrigin) : 'point',
      ...(typeof refId === 'string' && refId.length <= 200 ? { refId } : {}),
    });
  });
  if (raw.length > MAX_ENTRIES) notices.push(`Ignored shared sites after the first ${MAX_ENTRIES}`);
  return out;
}

function decodeBlob(encoded: string, state: UrlState, notices: string[]): void {
  let blob: unknown;
  try {
    blob = JSON.parse(fromBase64Url(encoded));
  } catch {
    notices.push('Ignored the shared settings and shortlist (s=…): the text is damaged or cut off');
    return;
  }
  if (!isRecord(blob)) {
    notices.push('Ignored the shared settings and shortlist (s=…): not a settings object');
    return;
  }
  const scoring = decodeScoring(blob, notices);
  if (scoring) state.scoring = scoring;
  if ('l' in blob) {
    const shortlist = decodeShortlist(blob.l, notices);
    if (shortlist) state.shortlist = shortlist;
  }
}

export function decodeUrlState(search: string, knownLayers: readonly OverlayId[]): Decoded {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: UrlState = {};
  const version = params.get('v');
  if (version !== null && version !== '1' && version !== String(URL_STATE_VERSION)) {
    notices.push(`Link version "${version}" is not one this app knows; read as version ${URL_STATE_VERSION}`);
  }
  const view = params.get('view');
  if (view !== null) state.view = decodeView(view, notices);
  const layers = params.get('layers');
  if (layers !== null) {
    const ids = layers.split(',').filter(Boolean);
    const unknown = ids.filter((id) => !knownLayers.includes(id as OverlayId));
    if (unknown.length)
      notices.push(`Ignored unknown layer${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    state.layers = ids.filter((id): id is OverlayId => knownLayers.includes(id as OverlayId));
  }
  const sector = params.get('sector');
  if (sector !== null) {
    if (sector === 'industrial' || sector === 'commercial') state.sector = sector;
    else notices.push(`Ignored tariff sector "${sector}": expected industrial or commercial`);
  }
  const blob = params.get('s');
  if (blob !== null) decodeBlob(blob, state, notices);
  return { state, notices };
}

/**
 * The one versioned serialiser for state carried in the URL. Decoding never throws: every
 * value is validated on its own, and whatever is invalid is ignored with a notice naming it.
 * Version history:
 *   1: view (lon,lat,zoom), layers (overlay ids), sector (industrial|commercial).
 */
import type { MapView } from '../map/mapStore.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import type { TariffSector } from '../overlays/tariffs/tariffsOverlay.ts';

export const URL_STATE_VERSION = 1;

export interface UrlState {
  view?: MapView;
  layers?: OverlayId[];
  sector?: TariffSector;
}

export interface Decoded {
  state: UrlState;
  notices: string[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_STATE_VERSION));
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    params.set('view', [round(lon, 4), round(lat, 4), round(zoom, 2)].join(','));
  }
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.sector) params.set('sector', state.sector);
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

export function decodeUrlState(search: string, knownLayers: readonly OverlayId[]): Decoded {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: UrlState = {};
  const version = params.get('v');
  if (version !== null && version !== String(URL_STATE_VERSION)) {
    if (!/^\d+$/.test(version) || Number(version) > URL_STATE_VERSION)
      notices.push(`Link version "${version}" is not one this app knows; read as version ${URL_STATE_VERSION}`);
  }
  const view = params.get('view');
  if (view !== null) state.view = decodeView(view, notices);
  const layers = params.get('layers');
  if (layers !== null) {
    const ids = layers.split(',').filter(Boolean);
    const unknown = ids.filter((id) => !knownLayers.includes(id as OverlayId));
    if (unknown.length) notices.push(`Ignored unknown layer${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
    state.layers = ids.filter((id): id is OverlayId => knownLayers.includes(id as OverlayId));
  }
  const sector = params.get('sector');
  if (sector !== null) {
    if (sector === 'industrial' || sector === 'commercial') state.sector = sector;
    else notices.push(`Ignored tariff sector "${sector}": expected industrial or commercial`);
  }
  return { state, notices };
}

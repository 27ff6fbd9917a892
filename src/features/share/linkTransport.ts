/**
 * How a link carries its state (version 3): the short readable parameters (view, layers, sector) in the query,
 * everything that grows with the user's data (scoring settings, the shortlist with its notes) in the fragment,
 * compressed with lz-string. Browsers never send the fragment to the server (RFC 3986 §3.5), so a long
 * shortlist cannot make the server refuse the request (HTTP 431), and the query stays a few hundred characters.
 */
import LZString from 'lz-string';

/**
 * The longest link the app writes, in characters. With the state in the fragment only browsers limit it:
 * Chromium refuses URLs over 2 MiB (url/url_constants.h, kMaxURLChars) and Firefox over 1 MiB
 * (network.standard-url.max-length). We stay ten times below the smaller of the two so a link survives being
 * pasted into mail and chat messages, which cap a message's length well below a megabyte. Larger states are
 * not shared as a link: the user is told to export the shortlist as a file instead.
 */
export const MAX_SHARE_URL_LENGTH = 100_000;

/** The fragment parameter that holds the compressed settings and shortlist. */
export const FRAGMENT_KEY = 'z';

export function compressState(value: unknown): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(value));
}

/** The text a compressed value holds, or null when it is damaged or cut off. */
export function decompressState(raw: string): string | null {
  try {
    const text = LZString.decompressFromEncodedURIComponent(raw);
    return text ? text : null;
  } catch {
    return null;
  }
}

/** Splits a link (or a `?query#fragment` part of one) into its query and fragment, without their marks. */
export function splitLink(link: string): { query: string; fragment: string } {
  const hash = link.indexOf('#');
  const query = hash < 0 ? link : link.slice(0, hash);
  const fragment = hash < 0 ? '' : link.slice(hash + 1);
  return { query: query.replace(/^[^?]*\?/, '').replace(/^\?/, ''), fragment };
}

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * A query whose separators arrived percent-encoded (`v%3D2%26view%3D…`: it was encoded twice, e.g. by a mail
 * client) decoded once; otherwise the query as it is. The notice says what was done.
 */
export function undoDoubleEncoding(query: string, notices: string[]): string {
  if (query === '' || /[=&]/.test(query)) return query;
  const once = decodeOnce(query);
  if (once === null || !/=/.test(once)) return query;
  notices.push(
    'This link was encoded twice (its “=” and “&” arrived as %3D and %26); it was read decoded once',
  );
  return once;
}

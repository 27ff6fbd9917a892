/**
 * The one place the app fetches datasets: every file is validated against its schema,
 * and a failure names the file and the problem instead of leaving a blank app.
 */
import type { z } from 'zod';

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'DataLoadError';
  }
}

export const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}data/${path}`;

/**
 * How long a data request may wait for the server's answer (its headers) before it counts as failed. The body
 * may take longer: a large file on a slow link is still arriving, not stalled. The wait includes the browser's
 * own queue (six connections per server), so it covers the whole first view (2.4 MB) at 1 Mbit/s. Without it, a
 * request that never answers would hold back whatever waits on it (the first surface waits for the lead times)
 * with no message.
 */
export const RESPONSE_TIMEOUT_MS = 60_000;

/** fetch(), failing with a DataLoadError when there is no answer within RESPONSE_TIMEOUT_MS. */
async function request(url: string): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, RESPONSE_TIMEOUT_MS);
  try {
    return await fetch(url, { signal: controller.signal });
  } catch (error) {
    throw new DataLoadError(
      url,
      timedOut ? `no answer from the server within ${RESPONSE_TIMEOUT_MS / 1000} s` : `network error (${String(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
}

export interface FetchJsonOptions {
  /**
   * Gets the file's downloaded bytes before they are parsed, and owns them (it may transfer them to a worker, which
   * then parses the same bytes this validates: the fine-surface worker, fineClient.ts). Not called when the
   * download fails.
   */
  onBytes?: (bytes: ArrayBuffer) => void;
}

export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: FetchJsonOptions = {},
): Promise<z.infer<S>> {
  const url = dataUrl(path);
  const response = await request(url);
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  // A static server answers a missing file with the app's index.html.
  if (response.headers.get('content-type')?.includes('text/html')) throw new DataLoadError(url, 'file is missing');
  let text: string | null = null;
  if (options.onBytes) {
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (error) {
      throw new DataLoadError(url, `download interrupted (${String(error)})`);
    }
    text = new TextDecoder().decode(bytes); // decoded before the bytes are handed over (a transfer detaches them)
    options.onBytes(bytes);
  }
  let body: unknown;
  try {
    body = text === null ? await response.json() : JSON.parse(text);
  } catch {
    throw new DataLoadError(url, 'not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(url, `unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}

export async function fetchBinary(path: string): Promise<ArrayBuffer> {
  const url = dataUrl(path);
  const response = await request(url);
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  if (response.headers.get('content-type')?.includes('text/html')) throw new DataLoadError(url, 'file is missing');
  try {
    return await response.arrayBuffer();
  } catch (error) {
    throw new DataLoadError(url, `download interrupted (${String(error)})`);
  }
}

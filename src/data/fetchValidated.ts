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

export async function fetchJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const url = dataUrl(path);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataLoadError(url, `network error (${String(error)})`);
  }
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  // A static server answers a missing file with the app's index.html.
  if (response.headers.get('content-type')?.includes('text/html')) throw new DataLoadError(url, 'file is missing');
  let body: unknown;
  try {
    body = await response.json();
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
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataLoadError(url, `network error (${String(error)})`);
  }
  if (!response.ok) throw new DataLoadError(url, `HTTP ${response.status}`);
  if (response.headers.get('content-type')?.includes('text/html')) throw new DataLoadError(url, 'file is missing');
  try {
    return await response.arrayBuffer();
  } catch (error) {
    throw new DataLoadError(url, `download interrupted (${String(error)})`);
  }
}

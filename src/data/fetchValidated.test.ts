import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DataLoadError, RESPONSE_TIMEOUT_MS, dataUrl, fetchBinary, fetchJson } from './fetchValidated.ts';

/** A fetch that never answers unless aborted, like a server that accepted the connection and went quiet. */
function silentServer() {
  const fetchMock = vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('data requests', () => {
  it('fail with a message naming the file when the server does not answer in time', async () => {
    vi.useFakeTimers();
    silentServer();
    const json = fetchJson('queues.json', z.object({})).catch((e: unknown) => e);
    const binary = fetchBinary('grid/cells.packed.bin').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS - 1);
    let settled = false;
    void json.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const [a, b] = await Promise.all([json, binary]);
    expect(a).toBeInstanceOf(DataLoadError);
    const wait = `no answer from the server within ${RESPONSE_TIMEOUT_MS / 1000} s`;
    expect((a as Error).message).toBe(`${dataUrl('queues.json')}: ${wait}`);
    expect((b as Error).message).toBe(`${dataUrl('grid/cells.packed.bin')}: ${wait}`);
  });

  it('a network failure is named as one, and an answer in time is not aborted later', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchJson('queues.json', z.object({}))).rejects.toThrow(
      /queues\.json: network error \(TypeError: Failed to fetch\)/,
    );
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        signal = init?.signal ?? undefined;
        return Promise.resolve(
          new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }),
        );
      }),
    );
    await expect(fetchJson('x.json', z.object({ a: z.number() }))).resolves.toEqual({ a: 1 });
    await vi.advanceTimersByTimeAsync(RESPONSE_TIMEOUT_MS * 2);
    expect(signal?.aborted).toBe(false);
  });
});

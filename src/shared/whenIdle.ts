/**
 * Runs `run` once the main thread is idle (requestIdleCallback, at the latest after `timeoutMs`), or after 200 ms
 * where the browser has no idle callbacks.
 */
export function whenIdle(run: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 200);
}

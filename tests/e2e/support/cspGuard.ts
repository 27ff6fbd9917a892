/**
 * Setup file of every browser test file: when the file's journeys are done, no app they opened may have seen a
 * Content-Security-Policy violation (eval, inline script or style, off-origin load), whatever the file asserted.
 */
import { afterAll, expect } from 'vitest';
import { OPENED } from './driver.ts';

afterAll(() => {
  expect(OPENED.length).toBeGreaterThan(0);
  expect(OPENED.flatMap((app) => app.cspViolations)).toEqual([]);
});

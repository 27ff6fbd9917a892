/**
 * The app's User Timing measures (`gridscout:*`, read by the browser tests and `npm run bench:browser`). The
 * browser keeps every measure until it is cleared, so each name is capped: once a name has MAX_MEASURES_PER_NAME
 * entries, they are cleared before the next is recorded. Readers therefore see the latest measures of a name,
 * at most MAX_MEASURES_PER_NAME of them, and a long session (a drag records one measure per step) does not grow.
 */
export const MAX_MEASURES_PER_NAME = 1000;

const counts = new Map<string, number>();

export function measure(
  name: string,
  options: PerformanceMeasureOptions,
  cap: number = MAX_MEASURES_PER_NAME,
): PerformanceMeasure {
  let n = counts.get(name) ?? performance.getEntriesByName(name, 'measure').length;
  if (n >= cap) {
    performance.clearMeasures(name);
    n = 0;
  }
  counts.set(name, n + 1);
  return performance.measure(name, options);
}

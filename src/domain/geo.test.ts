import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, KM_PER_DEG_LAT } from './geo.ts';

const lonLat = fc.tuple(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -90, max: 90, noNaN: true }),
);

describe('distanceKm', () => {
  it('one degree along a meridian or the equator is R·π/180; half the globe is R·π', () => {
    expect(distanceKm([10, 0], [10, 1])).toBeCloseTo(KM_PER_DEG_LAT, 9);
    expect(distanceKm([0, 0], [1, 0])).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 9);
    expect(distanceKm([0, 0], [180, 0])).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
    expect(distanceKm([0, 90], [0, -90])).toBeCloseTo(EARTH_RADIUS_KM * Math.PI, 6);
  });

  it('takes [lon, lat]: a degree of longitude shrinks towards the poles, a degree of latitude does not', () => {
    const alongParallel = distanceKm([10, 60], [11, 60]);
    expect(alongParallel).toBeCloseTo(KM_PER_DEG_LAT * Math.cos((60 * Math.PI) / 180), 1);
    expect(distanceKm([60, 10], [60, 11])).toBeCloseTo(KM_PER_DEG_LAT, 9);
  });

  it('is symmetric, never negative, at most half the circumference, and wraps the antimeridian', () => {
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        const d = distanceKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(EARTH_RADIUS_KM * Math.PI + 1e-9);
        expect(distanceKm(b, a)).toBe(d);
        expect(distanceKm(a, [b[0] + 360, b[1]])).toBeCloseTo(d, 6);
      }),
    );
    expect(distanceKm([179.9, 0], [-179.9, 0])).toBeCloseTo(distanceKm([0, 0], [0.2, 0]), 6);
  });
});

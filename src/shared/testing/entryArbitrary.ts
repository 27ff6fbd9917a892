/** fast-check arbitrary for stored shortlist entries (no -0: JSON cannot keep it). */
import fc from 'fast-check';
import { SHORTLIST_ORIGINS, type ShortlistEntry } from '../shortlistTypes.ts';

export const entryArbitrary: fc.Arbitrary<ShortlistEntry> = fc.record(
  {
    id: fc.uuid(),
    name: fc.string({ maxLength: 60 }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v + 0),
    lat: fc.double({ min: -90, max: 90, noNaN: true }).map((v) => v + 0),
    origin: fc.constantFrom(...SHORTLIST_ORIGINS),
    refId: fc.string({ minLength: 1, maxLength: 20 }),
    note: fc.string({ maxLength: 200 }),
    addedAt: fc.constant('2026-11-24T00:00:00.000Z'),
  },
  { requiredKeys: ['id', 'name', 'lon', 'lat', 'origin', 'note', 'addedAt'] },
);

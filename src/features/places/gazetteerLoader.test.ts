import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GazetteerFile } from '../../contract/gazetteer.ts';
import {
  gazetteerIfLoaded,
  loadGazetteer,
  loadPlaceFinder,
  resetGazetteerForTests,
} from './gazetteerLoader.ts';
import { nearestPlace } from '../../domain/nearestPlace.ts';

const file: GazetteerFile = {
  sourceId: 'geonames',
  countries: [{ iso2: 'ZZ', name: 'Testland' }],
  admin1Names: ['Region A'],
  name: ['Place A', 'Place B'],
  country: [0, 0],
  admin1: [0, 0],
  latE4: [468033, 8090],
  lonE4: [-711772, -373],
  population: [100, 200],
};

const respond = (body: unknown, status = 200) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

afterEach(() => {
  vi.unstubAllGlobals();
  resetGazetteerForTests();
});

describe('gazetteer loader', () => {
  it('loads once, decodes the deltas and names a point', async () => {
    const fetch = respond(file);
    vi.stubGlobal('fetch', fetch);
    expect(gazetteerIfLoaded()).toBeNull();
    const [a, b] = await Promise.all([loadGazetteer(), loadGazetteer()]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0 as never])).toMatch(/data\/gazetteer\.json$/);
    expect([a.lat[1], a.lon[1]]).toEqual([(468033 + 8090) / 1e4, (-711772 - 373) / 1e4]);
    const near = nearestPlace(await loadPlaceFinder(), [a.lon[1]!, a.lat[1]!]);
    expect(near).toMatchObject({ name: 'Place B', admin1: 'Region A', country: 'Testland', distanceKm: 0 });
  });

  it('rejects a file of the wrong shape naming the problem, and retries on the next need', async () => {
    vi.stubGlobal('fetch', respond({ ...file, country: [0, 5] }));
    await expect(loadGazetteer()).rejects.toThrow(/gazetteer\.json: unexpected shape at country\.1/);
    const fetch = respond(file);
    vi.stubGlobal('fetch', fetch);
    await expect(loadGazetteer()).resolves.toMatchObject({ size: 2 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

import { assert, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import v1 from './fixtures/shortlist.v1.json?raw';
import v2 from './fixtures/shortlist.v2.json?raw';
import { SHORTLIST_STORAGE_VERSION, readShortlist, writeShortlist } from './shortlistStorage.ts';
import { entryArbitrary } from '../../shared/testing/entryArbitrary.ts';

const FIXTURES: Record<number, string> = { 1: v1, 2: v2 };
const fixture = (version: number) => FIXTURES[version];

describe('stored shortlist', () => {
  it('reads the version 1 fixture, migrating notes and coordinates', () => {
    const read = readShortlist(fixture(1));
    expect(read.kind).toBe('ok');
    assert(read.kind === 'ok');
    expect(read.migratedFrom).toBe(1);
    expect(read.entries.map((e) => [e.name, e.lon, e.lat, e.note, e.origin])).toEqual([
      ['Rockdale, TX', -97.0014, 30.6557, 'Former aluminium smelter site', 'point'],
      ['Point near Luleå', 22.15, 65.58, '', 'point'],
    ]);
    expect(new Set(read.entries.map((e) => e.id)).size).toBe(2);
  });

  it('reads the version 2 fixture as is', () => {
    const read = readShortlist(fixture(2));
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: null });
    assert(read.kind === 'ok');
    expect(read.entries[0]).toMatchObject({ id: 'a1', origin: 'mining-site', refId: 'riot-rockdale' });
    expect(read.entries[0].note).toContain('<b>&amp;</b>');
  });

  it('the current version is the last fixture', () => {
    expect(JSON.parse(fixture(SHORTLIST_STORAGE_VERSION)).version).toBe(SHORTLIST_STORAGE_VERSION);
  });

  it('round-trips any entries', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArbitrary, { selector: (e) => e.id, maxLength: 10 }), (entries) => {
        const read = readShortlist(writeShortlist(entries));
        expect(read).toEqual({ kind: 'ok', entries, migratedFrom: null });
      }),
    );
  });

  it('empty storage is an empty shortlist', () => {
    expect(readShortlist(null)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['{not json', /not valid JSON/],
    [
      '{"version":2,"entries":[{"id":"x","name":"A","lon":500,"lat":0,"origin":"point","note":"","addedAt":""}]}',
      /entries\.0\.lon/,
    ],
    ['{"version":9,"entries":[]}', /newer Gridscout/],
    ['[1,2,3]', /no known version/],
    ['{"version":1,"sites":"nope"}', /version 1/],
  ])('reports damaged storage %s with a reason and keeps the raw text', (raw, reason) => {
    const read = readShortlist(raw);
    expect(read.kind).toBe('corrupt');
    assert(read.kind === 'corrupt');
    expect(read.raw).toBe(raw);
    expect(read.reason).toMatch(reason);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void readShortlist(raw)));
  });
});

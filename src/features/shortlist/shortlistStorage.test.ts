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
        expect(read).toEqual({ kind: 'ok', entries, migratedFrom: null, setAside: [], newlySetAside: 0 });
      }),
    );
  });

  it('empty storage is an empty shortlist', () => {
    expect(readShortlist(null)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['{"version":2,"entries":"nope"}', /damaged at entries/],
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

  it('sets aside an entry that cannot be read (latitude 91, a repeated id) and loads the others', () => {
    const stored = JSON.parse(v2) as { entries: Record<string, unknown>[] };
    const bad = { ...stored.entries[0], id: 'bad', lat: 91 };
    const twin = { ...stored.entries[1] };
    const raw = JSON.stringify({ ...stored, entries: [stored.entries[0], bad, stored.entries[1], twin] });
    const read = readShortlist(raw);
    assert(read.kind === 'ok');
    expect(read.entries.map((e) => e.id)).toEqual([stored.entries[0].id, stored.entries[1].id]);
    expect(read.setAside.map((e) => e.value)).toEqual([bad, twin]);
    expect(read.setAside[0].reason).toMatch(/^Entry 2: lat: /);
    expect(read.setAside[1].reason).toMatch(/^Entry 4: a second entry with the id/);
    expect(read.newlySetAside).toBe(2);
    // Written back with the list, they are read again as set aside earlier, not new.
    const again = readShortlist(writeShortlist(read.entries, read.setAside));
    assert(again.kind === 'ok');
    expect(again.setAside).toEqual(read.setAside);
    expect(again.newlySetAside).toBe(0);
  });

  it('never loses an entry: each stored item is either loaded or set aside', () => {
    const item = fc.oneof(entryArbitrary as fc.Arbitrary<unknown>, fc.jsonValue());
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const read = readShortlist(JSON.stringify({ version: 2, entries: items }));
        assert(read.kind === 'ok');
        expect(read.entries.length + read.setAside.length).toBe(items.length);
      }),
    );
  });
});

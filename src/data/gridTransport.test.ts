/** The grid's transport form round-trips every committed grid file, and any byte array of each width. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGridFile, encodeGridFile, Transform, widthOf, type ValueWidth } from './gridTransport.ts';

const DATA = new URL('../../data/grid/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DATA), 'utf8')) as {
  cellsFile: string;
  layers: { file: string; type: 'uint8' | 'uint16' }[];
};
const FILES: [string, ValueWidth][] = [
  [manifest.cellsFile, 4],
  ...manifest.layers.map((l): [string, ValueWidth] => [l.file, widthOf(l.type)]),
];

const roundTrip = (bytes: Uint8Array, width: ValueWidth, transform: Transform) =>
  new Uint8Array(decodeGridFile(encodeGridFile(bytes, width, transform).slice().buffer));

describe('grid transport form', () => {
  it('gives back every committed grid file byte for byte, in both forms', () => {
    expect(FILES.length).toBeGreaterThan(10);
    for (const [file, width] of FILES) {
      const bytes = new Uint8Array(readFileSync(new URL(file, DATA)));
      for (const transform of [Transform.Raw, Transform.DeltaPlanes])
        expect(Buffer.from(roundTrip(bytes, width, transform)).equals(Buffer.from(bytes)), file).toBe(true);
    }
  });

  it('round-trips any values of each width (wrap-around deltas included)', () => {
    fc.assert(
      fc.property(fc.constantFrom<ValueWidth>(1, 2, 4), fc.uint8Array({ maxLength: 400 }), (width, raw) => {
        const bytes = raw.subarray(0, raw.length - (raw.length % width));
        expect([...roundTrip(bytes, width, Transform.DeltaPlanes)]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses a file that is not in the transport form, naming the problem', () => {
    const raw = new Uint8Array(readFileSync(new URL(manifest.cellsFile, DATA))).slice().buffer;
    expect(() => decodeGridFile(raw)).toThrow('not a packed grid file');
  });
});

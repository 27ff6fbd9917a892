/**
 * Offline search index: one per source (places, mining sites, plants, substations, regions), each kept compact
 * as one joined string of folded names plus two typed arrays (where each name starts, which row it names), so
 * 150,000 places cost a few MB and no object per row. Rows become `SearchHit` objects only when shown.
 *
 * Ranking: exact name → name starts with the query → a word of the name does → the name contains it; ties
 * by kind (country, region, mining site, place, plant, substation), then by weight (population, MW), then the
 * shorter name. "Name, qualifier" keeps the hits whose region or country has a word starting with the qualifier
 * ("Ashburn, Virginia").
 */
import { fold } from './normalise.ts';
import type { SearchHit, SearchKind } from './searchTypes.ts';

export type { SearchHit, SearchKind } from './searchTypes.ts';

/** A set of searchable rows (columnar data seen through functions). */
export interface SearchSource {
  readonly kind: SearchKind;
  readonly size: number;
  /** The names row `i` is found by: the shown name first, then ascii and alternate names. */
  names(i: number): readonly string[];
  /** Ranks ties within a kind: population, MW, kV. */
  weight(i: number): number;
  /** The shown hit of row `i`; `matched` is the name that matched (a substation's one of several). */
  hit(i: number, matched: string): SearchHit;
}

export interface SourceIndex {
  readonly source: SearchSource;
  /** Folded names, each preceded by SEP, plus a final SEP. */
  readonly text: string;
  /** Offset in `text` of each name's first character, ascending. */
  readonly starts: Uint32Array;
  /** The row each name belongs to (a row's names are adjacent). */
  readonly rows: Uint32Array;
  readonly weights: Float64Array;
}

const SEP = '\n';
export const KIND_ORDER: readonly SearchKind[] = [
  'country',
  'region',
  'mining-site',
  'place',
  'plant',
  'substation',
];
export const MIN_QUERY_LENGTH = 2;

/** Indexes `source` in slices of `rowsPerSlice` rows, yielding between slices (see `buildSourceIndexAsync`). */
export function* indexSlices(source: SearchSource, rowsPerSlice = 5000): Generator<void, SourceIndex> {
  const parts: string[] = [];
  const starts: number[] = [];
  const rows: number[] = [];
  const weights = new Float64Array(source.size);
  let offset = 0;
  for (let i = 0; i < source.size; i++) {
    if (i > 0 && i % rowsPerSlice === 0) yield;
    weights[i] = source.weight(i);
    const own: string[] = [];
    for (const name of source.names(i)) {
      const key = fold(name);
      if (!key || own.includes(key)) continue;
      own.push(key);
      parts.push(key);
      starts.push(offset + 1);
      rows.push(i);
      offset += key.length + 1;
    }
  }
  return {
    source,
    text: SEP + parts.join(SEP) + SEP,
    starts: Uint32Array.from(starts),
    rows: Uint32Array.from(rows),
    weights,
  };
}

export function buildSourceIndex(source: SearchSource): SourceIndex {
  const slices = indexSlices(source);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The same index, built in slices of about `sliceMs` ms so typing and the map stay responsive meanwhile. */
export async function buildSourceIndexAsync(source: SearchSource, sliceMs = 12): Promise<SourceIndex> {
  const slices = indexSlices(source, 500);
  let sliceStart = performance.now();
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/** 0 exact, 1 prefix of the name, 2 prefix of a word, 3 inside a word. */
type MatchClass = 0 | 1 | 2 | 3;

interface Candidate {
  index: SourceIndex;
  row: number;
  nameAt: number;
  cls: MatchClass;
  kind: number;
  weight: number;
  nameLength: number;
}

const better = (a: Candidate, b: Candidate): boolean =>
  a.cls !== b.cls
    ? a.cls < b.cls
    : a.kind !== b.kind
      ? a.kind < b.kind
      : a.weight !== b.weight
        ? a.weight > b.weight
        : a.nameLength < b.nameLength;

function keyAt(starts: Uint32Array, position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Calls `emit` once per matching row with its best match class and the name it matched best. */
function matchRows(index: SourceIndex, q: string, emit: (row: number, cls: MatchClass, key: number) => void) {
  const { text, starts, rows } = index;
  let lastRow = -1;
  let bestCls: MatchClass = 3;
  let bestKey = 0;
  for (let at = text.indexOf(q, 1); at >= 0; at = text.indexOf(q, at + 1)) {
    const key = keyAt(starts, at);
    const start = starts[key];
    const cls: MatchClass =
      at === start ? (text[at + q.length] === SEP ? 0 : 1) : text[at - 1] === ' ' ? 2 : 3;
    const row = rows[key];
    if (row !== lastRow) {
      if (lastRow >= 0) emit(lastRow, bestCls, bestKey);
      lastRow = row;
      bestCls = cls;
      bestKey = key;
    } else if (cls < bestCls) {
      bestCls = cls;
      bestKey = key;
    }
  }
  if (lastRow >= 0) emit(lastRow, bestCls, bestKey);
}

const qualifierMatches = (hit: SearchHit, qualifier: string): boolean =>
  ` ${fold([hit.admin1, hit.country].filter(Boolean).join(' '))}`.includes(` ${qualifier}`);

/** The best `limit` hits for `query` over the built indexes (order: see the module comment). */
export function search(indexes: readonly SourceIndex[], query: string, limit = 8): SearchHit[] {
  const comma = query.indexOf(',');
  const q = fold(comma >= 0 ? query.slice(0, comma) : query);
  const qualifier = comma >= 0 ? fold(query.slice(comma + 1)) : '';
  if (q.length < MIN_QUERY_LENGTH) return [];
  const top: Candidate[] = [];
  const hits = new Map<Candidate, SearchHit>();
  for (const index of indexes) {
    const kind = KIND_ORDER.indexOf(index.source.kind);
    matchRows(index, q, (row, cls, key) => {
      const nameAt = index.starts[key];
      const c: Candidate = {
        index,
        row,
        nameAt,
        cls,
        kind,
        weight: index.weights[row],
        nameLength: index.text.indexOf(SEP, nameAt) - nameAt,
      };
      if (top.length === limit && !better(c, top[limit - 1])) return;
      if (qualifier) {
        const hit = materialise(c);
        if (!qualifierMatches(hit, qualifier)) return;
        hits.set(c, hit);
      }
      let i = top.length;
      while (i > 0 && better(c, top[i - 1])) i--;
      top.splice(i, 0, c);
      if (top.length > limit) top.pop();
    });
  }
  return top.map((c) => hits.get(c) ?? materialise(c));
}

function materialise(c: Candidate): SearchHit {
  const names = c.index.source.names(c.row);
  const folded = c.index.text.slice(c.nameAt, c.nameAt + c.nameLength);
  const matched = names.find((n) => fold(n) === folded) ?? names[0];
  return c.index.source.hit(c.row, matched);
}

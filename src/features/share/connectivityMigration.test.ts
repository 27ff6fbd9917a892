import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../domain/index.ts';
import type { OverlayId } from '../overlays/overlay.ts';
import fixtures from './fixtures/links.connectivity.json';
import { decodeUrlState, encodeUrlState, toBase64Url, type UrlState } from './urlState.ts';

interface OldLink {
  comment: string;
  search: string;
  knownLayers: OverlayId[];
  state: UrlState;
  notices: string[];
}

describe('links from before the connectivity criterion was replaced (issue 12)', () => {
  it.each((fixtures.links as OldLink[]).map((l) => [l.comment, l] as const))('%s', (_, link) => {
    expect(decodeUrlState(link.search, link.knownLayers)).toEqual({
      state: link.state,
      notices: link.notices,
    });
  });

  it('the retired id is no criterion any more, and a migrated link re-encodes without it', () => {
    expect(CRITERION_IDS as readonly string[]).not.toContain('connectivity');
    const link = (fixtures.links as OldLink[])[1]!;
    const again = encodeUrlState(decodeUrlState(link.search, link.knownLayers).state);
    expect(again).not.toContain('connectivity');
    expect(decodeUrlState(again, []).notices).toEqual([]);
  });

  it('keeps a weight the link already gives the target, and names the retired one it ignores', () => {
    const blob = { w: { connectivity: 10, population_reach: 3 }, n: 'nearest' };
    const { state, notices } = decodeUrlState(`v=2&s=${toBase64Url(JSON.stringify(blob))}`, []);
    expect(state.scoring?.weights).toEqual({ population_reach: 3 });
    expect(notices).toEqual([
      'Ignored weight "connectivity": "Distance to users" was replaced, and the link already weighs "People within reach"',
    ]);
  });

  it('carries the population radius, leaving out the default', () => {
    expect(encodeUrlState({ scoring: { weights: { population_reach: 1 }, populationRadius: 100 } })).toBe(
      encodeUrlState({ scoring: { weights: { population_reach: 1 } } }),
    );
    const link = encodeUrlState({ scoring: { weights: { population_reach: 1 }, populationRadius: 300 } });
    expect(decodeUrlState(link, []).state.scoring?.populationRadius).toBe(300);
    const bad = decodeUrlState(`v=2&s=${toBase64Url(JSON.stringify({ r: 200 }))}`, []);
    expect(bad.notices).toEqual(['Ignored population radius 200: expected 100 or 300 (km)']);
  });
});

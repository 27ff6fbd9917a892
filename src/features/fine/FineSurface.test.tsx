// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINE_MIN_ZOOM } from '../../domain/fineSurfaceLattice.ts';
import { jumpTo, WORLD_VIEW } from '../map/mapHandle.ts';
import { initialConfig, useScoringStore } from '../scoring/scoringStore.ts';
import { FineSurface } from './FineSurface.tsx';
import { prefetchFineSurface } from './fineClient.ts';

// No worker in jsdom: the client is replaced; what is tested is when the component asks for the prefetch.
vi.mock('./fineClient.ts', () => ({
  prefetchFineSurface: vi.fn(),
  createFineClient: vi.fn(),
  OPENING_REQUEST_ID: 1,
}));

beforeEach(() => vi.mocked(prefetchFineSurface).mockClear());
afterEach(() => {
  jumpTo(WORLD_VIEW);
  useScoringStore.setState({ config: initialConfig() });
});

describe('FineSurface before the map and the grid are there', () => {
  it('starts the fine worker and its datasets when the app opens at the fine surface’s zoom', () => {
    jumpTo({ lon: -99.73, lat: 32.45, zoom: FINE_MIN_ZOOM }); // no map yet: sets the opening view
    render(<FineSurface />);
    expect(prefetchFineSurface).toHaveBeenCalledTimes(1);
  });

  it('does not when the app opens zoomed out', () => {
    jumpTo({ lon: -99.73, lat: 32.45, zoom: FINE_MIN_ZOOM - 0.5 });
    render(<FineSurface />);
    expect(prefetchFineSurface).not.toHaveBeenCalled();
  });

  it('does not when nothing is weighted (no surface to draw)', () => {
    jumpTo({ lon: -99.73, lat: 32.45, zoom: 8 });
    const config = initialConfig();
    useScoringStore.setState({
      config: { ...config, weights: Object.fromEntries(Object.keys(config.weights).map((k) => [k, 0])) },
    });
    render(<FineSurface />);
    expect(prefetchFineSurface).not.toHaveBeenCalled();
  });
});

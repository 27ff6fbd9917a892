// @vitest-environment jsdom
/**
 * The map's canvas is hidden until the first view is ready (features/map/map.css), and shown anyway after
 * SHOW_MAP_AFTER_MS: LoadingProgress sets `data-map-shown` on the body then (the browser test checks the canvas).
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadingProgress } from './LoadingProgress.tsx';
import { SHOW_MAP_AFTER_MS } from '../features/map/mapReveal.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete document.body.dataset.mapShown;
});

describe('the map shown before the first view is ready', () => {
  it('is shown after SHOW_MAP_AFTER_MS while the first view is still loading, not before', () => {
    vi.useFakeTimers();
    render(<LoadingProgress />);
    act(() => void vi.advanceTimersByTime(SHOW_MAP_AFTER_MS - 1));
    expect(document.body.dataset.mapShown).toBeUndefined();
    act(() => void vi.advanceTimersByTime(1));
    expect(document.body.dataset.mapShown).toBe('timeout');
  });

  it('is not shown early by a LoadingProgress gone before then', () => {
    vi.useFakeTimers();
    const { unmount } = render(<LoadingProgress />);
    unmount();
    act(() => void vi.advanceTimersByTime(SHOW_MAP_AFTER_MS));
    expect(document.body.dataset.mapShown).toBeUndefined();
  });
});

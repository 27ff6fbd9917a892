// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePriceBasisView } from '../overlays/priceBasis/priceBasisView.ts';
import { decodeUrlState, encodeUrlState, toBase64Url } from '../share/urlState.ts';
import { PriceBasisSwitch } from './PriceBasisSwitch.tsx';
import { initialConfig, useScoringStore } from './scoringStore.ts';

afterEach(() => useScoringStore.setState({ config: initialConfig() }));

describe('PriceBasisSwitch', () => {
  it('sets the price basis in the scoring store and the overlay view', () => {
    render(<PriceBasisSwitch />);
    const group = screen.getByRole('radiogroup', { name: 'Price basis' });
    expect(group).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Wholesale day-ahead/ }));
    expect(useScoringStore.getState().config.priceBasis).toBe('wholesale');
    expect(usePriceBasisView.getState().priceBasis).toBe('wholesale');
  });
});

describe('price basis in the share link (pb)', () => {
  it('round-trips the wholesale basis; retail is the default and not written', () => {
    const state = { scoring: { priceBasis: 'wholesale' as const } };
    expect(decodeUrlState(encodeUrlState(state), []).state.scoring?.priceBasis).toBe('wholesale');
    expect(encodeUrlState({ scoring: { priceBasis: 'retail' } })).not.toContain('s=');
  });

  it('ignores an unknown basis with a notice naming it', () => {
    const { state, notices } = decodeUrlState(`v=2&s=${toBase64Url(JSON.stringify({ pb: 'spot' }))}`, []);
    expect(state.scoring?.priceBasis).toBeUndefined();
    expect(notices.join(' ')).toContain('price basis "spot"');
  });
});

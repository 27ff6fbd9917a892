// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePriceBasisView } from '../overlays/priceBasis/priceBasisView.ts';
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

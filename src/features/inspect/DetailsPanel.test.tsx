// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { useSelectionStore } from '../../shared/selectionStore.ts';
import { DetailsPanel, type PlaceSectionProps } from './DetailsPanel.tsx';

afterEach(() => {
  cleanup();
  useSelectionStore.getState().select(null);
});

/** Stands in for the app's sections (shortlist button, score card): says what it was given. */
const Sections = ({ name, origin, lon, lat }: PlaceSectionProps) => (
  <p>{`sections: ${name} · ${origin} · ${lon}, ${lat}`}</p>
);

describe('DetailsPanel', () => {
  it("shows an overlay's selection in that overlay's card, with the app's sections inside it", () => {
    render(<DetailsPanel PlaceSections={Sections} />);
    act(() =>
      useSelectionStore.getState().select({
        kind: 'feature',
        overlay: 'landing-points',
        name: 'Porthcurno',
        lon: -5.65,
        lat: 50.04,
        properties: {},
      }),
    );
    const card = screen.getByRole('article', { name: 'Landing point Porthcurno' });
    expect(within(card).getByText('sections: Porthcurno · point · -5.65, 50.04')).toBeTruthy();
  });

  it('names an unnamed point by its coordinates and marks it as a clicked point', () => {
    render(<DetailsPanel PlaceSections={Sections} />);
    act(() => useSelectionStore.getState().select({ kind: 'point', lon: 12.5, lat: -3.25 }));
    const card = screen.getByRole('article', { name: 'Selected place' });
    expect(within(card).getByText('sections: (-3.25, 12.50) · point · 12.5, -3.25')).toBeTruthy();
  });

  it('renders nothing without a selection', () => {
    const { container } = render(<DetailsPanel PlaceSections={Sections} />);
    expect(container.innerHTML).toBe('');
  });
});

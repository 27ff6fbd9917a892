import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalise, search } from './searchIndex.ts';
import type { MiningSite } from '../../data/schemas.ts';

const site = (id: string, name: string, operator: string): MiningSite => ({
  id,
  name,
  operator,
  city: 'Denton',
  admin1: 'TX',
  countryIso2: 'US',
  lat: 33.2,
  lon: -97.1,
  coordPrecision: 'town',
  powerMw: 100,
  powerMwPlanned: null,
  powerSource: 'grid',
  coin: 'BTC',
  status: 'mining',
  statusRaw: 'mining',
  aiTenant: '',
  aiAnnounced: '',
  opened: '',
  notes: '',
  sourceUrls: [],
  sourceIds: [],
});

const places = {
  sourceId: 'X',
  name: ['Denton', 'Dentonville', 'Québec', 'Montréal'],
  country: ['US', 'US', 'CA', 'CA'],
  admin1: ['TX', 'AR', 'QC', 'QC'],
  lat: [33, 36, 46.8, 45.5],
  lon: [-97, -94, -71.2, -73.6],
  population: [150000, 50000, 540000, 1700000],
};

describe('search', () => {
  const index = buildSearchIndex({
    places,
    miningSites: [site('cs-denton', 'Core Scientific Denton', 'Core Scientific')],
  });

  it('ignores accents and case', () => {
    expect(normalise('Québec')).toBe('quebec');
    expect(search(index, 'quebec')[0].label).toBe('Québec');
  });
  it('ranks exact before prefix before substring', () => {
    const labels = search(index, 'denton').map((h) => h.label);
    expect(labels[0]).toBe('Denton');
    expect(labels[1]).toBe('Dentonville');
    expect(labels).toContain('Core Scientific Denton');
  });
  it('finds a mining site by operator once', () => {
    const hits = search(index, 'core scientific');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'mining-site', id: 'cs-denton' });
  });
  it('needs two characters', () => {
    expect(search(index, 'd')).toEqual([]);
  });
});

/**
 * Country-level context (grid carbon intensity, water stress, disaster risk) drawn as choropleths
 * on the basemap's country polygons through feature-state: no geometry is uploaded twice.
 */
import { useEffect } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import type { CountryIndicators } from '../../../data/schemas.ts';
import { BASEMAP_SOURCES } from '../../map/layers/basemap.ts';
import { useMap } from '../../map/mapHandle.ts';
import { formatStepLabel, stepExpression, type ColorStep } from '../colorScale.ts';
import type { Overlay, OverlayId } from '../overlay.ts';
import { describeCountryIndicator, type IndicatorKey } from './describeIndicator.ts';

interface IndicatorOverlaySpec {
  id: OverlayId;
  key: IndicatorKey;
  label: string;
  unit: string;
  description: string;
  order: number;
  steps: ColorStep[];
  digits: number;
}

const NO_DATA = '#e7e5e4';

/** Each country's value of one indicator, keyed by ISO3 (null where the country has no value). */
export function indicatorValues(
  indicators: readonly CountryIndicators[],
  key: IndicatorKey,
): Map<string, number | null> {
  return new Map(indicators.map((c) => [c.iso3, c[key]?.value ?? null]));
}

/** Puts one indicator into the feature-state of the basemap's country polygons (by their promoted code). */
function indicatorData(key: IndicatorKey) {
  return function IndicatorData() {
    const map = useMap();
    const indicators = useDatasetStore((s) => s.data.indicators);
    const countries = useDatasetStore((s) => s.data.countries);
    useEffect(() => {
      if (!map || !indicators || !countries) return;
      const values = indicatorValues(indicators, key);
      for (const f of countries.features) {
        const iso3 = f.properties.iso3;
        if (values.has(iso3))
          map.setFeatureState(
            { source: BASEMAP_SOURCES.countries, id: f.properties.code },
            { [key]: values.get(iso3) },
          );
      }
    }, [map, indicators, countries]);
    return null;
  };
}

function indicatorOverlay(spec: IndicatorOverlaySpec): Overlay {
  const layerId = `${spec.id}-fill`;
  return {
    id: spec.id,
    label: spec.label,
    group: 'Context',
    defaultVisible: false,
    description: spec.description,
    style: {
      sources: {},
      layers: [
        {
          order: spec.order,
          layer: {
            id: layerId,
            type: 'fill',
            source: BASEMAP_SOURCES.countries,
            paint: {
              'fill-color': stepExpression(['feature-state', spec.key], spec.steps, NO_DATA),
              'fill-opacity': 0.7,
            },
          },
        },
      ],
    },
    opacity: [[layerId, 'fill-opacity', 0.7]],
    Data: indicatorData(spec.key),
    interactiveLayers: [layerId],
    describe: (f, ctx) =>
      describeCountryIndicator(String(f.properties?.iso3), spec.key, ctx.data, ctx.sources),
    legend: {
      kind: 'ramp',
      unit: spec.unit,
      stops: spec.steps.map((s, i) => ({
        value: s.value,
        color: s.color,
        label: formatStepLabel(spec.steps, i, (v) => v.toFixed(spec.digits)),
      })),
      noData: 'No data',
    },
    sourceIds: (data) =>
      [
        ...new Set((data.indicators ?? []).flatMap((c) => (c[spec.key] ? [c[spec.key]!.sourceId] : []))),
      ].sort(),
  };
}

/** Display classes only; values come from data/indicators.json. */
export const carbonOverlay = indicatorOverlay({
  id: 'carbon',
  key: 'carbonIntensity',
  label: 'Grid carbon intensity',
  unit: 'gCO₂/kWh',
  description:
    'Carbon intensity of electricity generation by country, latest year with data (Our World in Data / Ember).',
  order: 140,
  digits: 0,
  steps: [
    { value: 0, color: '#1a9850' },
    { value: 100, color: '#91cf60' },
    { value: 250, color: '#d9ef8b' },
    { value: 400, color: '#fee08b' },
    { value: 550, color: '#fc8d59' },
    { value: 700, color: '#d73027' },
  ],
});

export const waterStressOverlay = indicatorOverlay({
  id: 'water-stress',
  key: 'waterStress',
  label: 'Water stress',
  unit: 'Aqueduct score 0–5',
  description: 'Baseline water stress by country (WRI Aqueduct 4.0 score: 0 low, 5 extremely high).',
  order: 150,
  digits: 0,
  steps: [
    { value: 0, color: '#eff3ff' },
    { value: 1, color: '#bdd7e7' },
    { value: 2, color: '#fdd49e' },
    { value: 3, color: '#fc8d59' },
    { value: 4, color: '#d7301f' },
  ],
});

export const hazardOverlay = indicatorOverlay({
  id: 'hazard',
  key: 'hazard',
  label: 'Disaster risk',
  unit: 'WorldRiskIndex',
  description: 'WorldRiskIndex 2024 by country: exposure to natural hazards combined with vulnerability.',
  order: 160,
  digits: 0,
  steps: [
    { value: 0, color: '#fff5eb' },
    { value: 2, color: '#fdd0a2' },
    { value: 5, color: '#fd8d3c' },
    { value: 10, color: '#d94801' },
    { value: 20, color: '#7f2704' },
  ],
});

export const COUNTRY_INDICATOR_OVERLAYS = [carbonOverlay, waterStressOverlay, hazardOverlay] as const;

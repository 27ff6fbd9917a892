/**
 * US generation-queue pressure: active MW in the ISO generation interconnection queues and the withdrawn share,
 * per state on the basemap's admin-1 polygons (there is no county geometry in Gridscout's data).
 */
import { useEffect } from 'react';
import { useDatasetStore } from '../../../data/datasetStore.ts';
import { BASEMAP_SOURCES } from '../../map/layers/basemap.ts';
import { useMap } from '../../map/mapHandle.ts';
import { formatStepLabel, stepExpression, type ColorStep } from '../colorScale.ts';
import { formatMw } from '../formatMw.ts';
import type { Overlay } from '../overlay.ts';
import { pressureLines, QUEUE_CAVEAT_TEXT, statePressure } from './queuePressure.ts';

const LAYER = 'queue-pressure-fill';
const KEY = 'queueMw';

/** Display classes only (MW active); values come from data/queues.json. */
const STEPS: ColorStep[] = [
  { value: 0, color: '#f2f0f7' },
  { value: 1000, color: '#cbc9e2' },
  { value: 10000, color: '#9e9ac8' },
  { value: 30000, color: '#756bb1' },
  { value: 100000, color: '#54278f' },
];

function QueuePressureData() {
  const map = useMap();
  const queues = useDatasetStore((s) => s.data.queues);
  const admin1 = useDatasetStore((s) => s.data.admin1);
  useEffect(() => {
    if (!map || !queues || !admin1) return;
    for (const s of queues.states)
      map.setFeatureState({ source: BASEMAP_SOURCES.admin1, id: s.region }, { [KEY]: s.activeMw });
  }, [map, queues, admin1]);
  return null;
}

export const queuePressureOverlay: Overlay = {
  id: 'queue-pressure',
  label: 'US queue pressure',
  group: 'Power',
  defaultVisible: false,
  description: `Active MW in the US ISO generation interconnection queues per state, and the withdrawn share. ${QUEUE_CAVEAT_TEXT}.`,
  style: {
    sources: {},
    layers: [
      {
        order: 115,
        layer: {
          id: LAYER,
          type: 'fill',
          source: BASEMAP_SOURCES.admin1,
          filter: ['==', ['slice', ['get', 'code'], 0, 3], 'US-'],
          paint: {
            'fill-color': stepExpression(['feature-state', KEY], STEPS, 'rgba(0,0,0,0)'),
            'fill-opacity': 0.7,
          },
        },
      },
    ],
  },
  opacity: [[LAYER, 'fill-opacity', 0.7]],
  datasets: ['queues'],
  Data: QueuePressureData,
  interactiveLayers: [LAYER],
  describe: (f, ctx) => {
    const code = String(f.properties?.code ?? '');
    const p = statePressure(ctx.data.queues, code);
    const name = String(f.properties?.name ?? code);
    return p
      ? { title: `${name}: generation queue`, lines: pressureLines(p, ctx.sources) }
      : { title: name, lines: ['No ISO generation-queue rows for this state', QUEUE_CAVEAT_TEXT] };
  },
  legend: {
    kind: 'ramp',
    unit: `MW active in the generation queue, per state (no county geometry in the data). ${QUEUE_CAVEAT_TEXT}.`,
    stops: STEPS.map((s, i) => ({
      value: s.value,
      color: s.color,
      label: formatStepLabel(STEPS, i, formatMw),
    })),
    noData: 'No ISO queue rows',
  },
  sourceIds: (data) => [...new Set((data.queues?.states ?? []).flatMap((s) => s.sourceIds))].sort(),
};

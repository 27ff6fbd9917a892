/**
 * The sources a breakdown row cites: per layer the sources actually used at the place when the caller knows them
 * (the point evaluator's `layerSources`), else the layer's declared sources (manifest), plus the criterion's own
 * declared ones. A criterion value may name its sources itself (CriterionValue.sourceIds), which wins.
 */
import type { GridManifest } from '../contract/index.ts';
import { getCriterion, criterionSourceIds, type CriterionId } from './criteria.ts';
import type { LayerId } from './layerIds.ts';

export type LayerSources = Partial<Record<LayerId, readonly string[]>>;

export function rowSourceIds(
  id: CriterionId,
  manifest: Pick<GridManifest, 'layers'> | undefined,
  layerSources: LayerSources | undefined,
): string[] {
  if (!layerSources) return criterionSourceIds(id, manifest);
  const c = getCriterion(id);
  const declared = new Map((manifest?.layers ?? []).map((l) => [l.id, l.sourceIds]));
  const ids = new Set<string>();
  for (const layer of c.layers) for (const s of layerSources[layer] ?? declared.get(layer) ?? []) ids.add(s);
  for (const s of c.declaredSourceIds) ids.add(s);
  return [...ids];
}

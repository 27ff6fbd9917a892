/**
 * Links made before issue 12 carry the retired "Distance to users" criterion: its weight and transform under the id
 * `connectivity` (w, t) and its mode under `n` (nearest / landing / metro). They keep opening: the weight moves to
 * "Distance to a cable landing" when the mode was `landing` (same km, so its transform moves too), else to "People
 * within reach" (people, not km: the transform is dropped). Each step is named in a notice.
 */
import { getCriterion, type CriterionId } from '../../domain/index.ts';

const RETIRED = 'connectivity';
const MODES = ['nearest', 'landing', 'metro'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The blob with `n`, `w.connectivity` and `t.connectivity` migrated (a copy; the input is not changed). */
export function migrateConnectivity(
  blob: Record<string, unknown>,
  notices: string[],
): Record<string, unknown> {
  const hasWeight = isRecord(blob.w) && Object.hasOwn(blob.w, RETIRED);
  const hasTransform = isRecord(blob.t) && Object.hasOwn(blob.t, RETIRED);
  if (!('n' in blob) && !hasWeight && !hasTransform) return blob;
  const out = { ...blob };
  const mode = (MODES as readonly unknown[]).includes(blob.n) ? (blob.n as (typeof MODES)[number]) : null;
  if ('n' in blob) {
    delete out.n;
    if (mode === null)
      notices.push(`Ignored connectivity ${JSON.stringify(blob.n).slice(0, 40)}: no longer in the model`);
  }
  const target: CriterionId = mode === 'landing' ? 'landing' : 'population_reach';
  const label = getCriterion(target).label;
  if (hasWeight) {
    const w = { ...(blob.w as Record<string, unknown>) };
    const moved = w[RETIRED];
    delete w[RETIRED];
    if (Object.hasOwn(w, target)) {
      notices.push(
        `Ignored weight "connectivity": "Distance to users" was replaced, and the link already weighs "${label}"`,
      );
    } else {
      w[target] = moved;
      notices.push(`Weight of "Distance to users" (replaced) applied to "${label}"`);
    }
    out.w = w;
  }
  if (hasTransform) {
    const t = { ...(blob.t as Record<string, unknown>) };
    const moved = t[RETIRED];
    delete t[RETIRED];
    if (target === 'landing' && !Object.hasOwn(t, target)) {
      t[target] = moved;
      notices.push(`Transform of "Distance to users" (replaced) applied to "${label}"`);
    } else {
      notices.push(
        `Ignored transform of "Distance to users": replaced by "${label}", measured in other units`,
      );
    }
    out.t = t;
  }
  if (mode === 'metro')
    notices.push(
      'Connectivity "metro" is no longer a choice: the distance to a large metro was replaced by people within reach',
    );
  if (mode === 'landing' && !hasWeight)
    notices.push(`Connectivity "landing" is no longer a choice: "${label}" is its own criterion`);
  return out;
}

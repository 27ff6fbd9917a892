/** The scoring tab: preset, weights, constraints, assumptions, surface summary and best sites. */
import { PRESETS, type PresetId } from '../../domain/index.ts';
import { AssumptionsTable } from './AssumptionsTable.tsx';
import { BestSites, type BestSiteAction } from './BestSites.tsx';
import { ConstraintInputs } from './ConstraintInputs.tsx';
import { PriceBasisSwitch } from './PriceBasisSwitch.tsx';
import { useScoringStore } from './scoringStore.ts';
import { SurfaceSummaryView } from './SurfaceSummaryView.tsx';
import { WeightSliders } from './WeightSliders.tsx';
import { NothingWeighted } from './NothingWeighted.tsx';

/** `siteAction` is shown beside each best site (App passes the shortlist's add button). */
export function ScoringPanel({ siteAction }: { siteAction?: BestSiteAction }) {
  const presetId = useScoringStore((s) => s.presetId);
  const applyPreset = useScoringStore((s) => s.applyPreset);
  const reset = useScoringStore((s) => s.reset);
  const preset = PRESETS.find((p) => p.id === presetId);
  return (
    <div className="scoring-panel">
      <label className="preset-row">
        Preset
        <select
          value={presetId ?? ''}
          onChange={(e) => e.target.value && applyPreset(e.target.value as PresetId)}
        >
          {presetId === null && <option value="">Custom</option>}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </label>
      {preset && <p className="small muted">{preset.rationale}</p>}
      <NothingWeighted />
      <SurfaceSummaryView />
      <h2>Weights</h2>
      <WeightSliders />
      <PriceBasisSwitch />
      <ConstraintInputs />
      <details className="assumptions">
        <summary>Time-to-power assumptions</summary>
        <AssumptionsTable />
      </details>
      <BestSites siteAction={siteAction} />
    </div>
  );
}

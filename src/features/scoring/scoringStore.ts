/**
 * The scoring configuration the user edits: weights, transform bounds, constraints and
 * time-to-power assumptions, and which preset (if any) it came from. Pure state; scoring
 * itself lives in src/domain and runs in the worker.
 */
import { create } from 'zustand';
import {
  applyPreset,
  defaultConfig,
  getPreset,
  type AssumptionId,
  type CriterionId,
  type GridAccessVoltage,
  type LimitId,
  type PopulationRadius,
  type PresetId,
  type PriceOverride,
  type ScoringConfig,
  type Transform,
} from '../../domain/index.ts';

interface ScoringState {
  config: ScoringConfig;
  presetId: PresetId | null;
  setWeight: (id: CriterionId, weight: number) => void;
  applyPreset: (id: PresetId) => void;
  setTransform: (id: CriterionId, transform: Transform | undefined) => void;
  setLimit: (id: LimitId, value: number | null) => void;
  setExcludedCountries: (iso3: string[]) => void;
  setAssumption: (id: AssumptionId, value: number | undefined) => void;
  setGridAccessVoltage: (kv: GridAccessVoltage) => void;
  setPopulationRadius: (radius: PopulationRadius) => void;
  /** The user's own prices (features/prices owns them); kept across setConfig without its own and reset. */
  setPriceOverrides: (prices: readonly PriceOverride[]) => void;
  setConfig: (config: ScoringConfig, presetId?: PresetId | null) => void;
  reset: () => void;
}

export const DEFAULT_PRESET: PresetId = 'miner_playbook';
export const initialConfig = (): ScoringConfig => applyPreset(getPreset(DEFAULT_PRESET), defaultConfig());

export const useScoringStore = create<ScoringState>((set) => ({
  config: initialConfig(),
  presetId: DEFAULT_PRESET,
  setWeight: (id, weight) =>
    set((s) => ({ config: { ...s.config, weights: { ...s.config.weights, [id]: weight } }, presetId: null })),
  applyPreset: (id) => set((s) => ({ config: applyPreset(getPreset(id), s.config), presetId: id })),
  setTransform: (id, transform) =>
    set((s) => ({ config: { ...s.config, transforms: { ...s.config.transforms, [id]: transform } } })),
  setLimit: (id, value) =>
    set((s) => ({
      config: { ...s.config, constraints: { ...s.config.constraints, [id]: value } },
      presetId: null,
    })),
  setExcludedCountries: (iso3) =>
    set((s) => ({
      config: { ...s.config, constraints: { ...s.config.constraints, excludedCountries: iso3 } },
    })),
  setAssumption: (id, value) =>
    set((s) => ({ config: { ...s.config, assumptions: { ...s.config.assumptions, [id]: value } } })),
  setGridAccessVoltage: (kv) => set((s) => ({ config: { ...s.config, gridAccessVoltage: kv } })),
  setPopulationRadius: (radius) => set((s) => ({ config: { ...s.config, populationRadius: radius } })),
  setPriceOverrides: (prices) =>
    set((s) => ({ config: { ...s.config, priceOverrides: prices.length ? prices : undefined } })),
  setConfig: (config, presetId = null) =>
    set((s) => ({
      config: { ...config, priceOverrides: config.priceOverrides ?? s.config.priceOverrides },
      presetId,
    })),
  reset: () =>
    set((s) => ({
      config: { ...initialConfig(), priceOverrides: s.config.priceOverrides },
      presetId: DEFAULT_PRESET,
    })),
}));

/** The normalised plant record shared by the three loaders, de-duplication and the writer. */
import type { LocationAccuracy, PlantFuel, PlantStatusClass } from '../../src/contract/plants.ts';

export interface PlantRecord {
  name: string;
  lon: number;
  lat: number;
  capacityMw: number;
  fuel: PlantFuel;
  statusClass: PlantStatusClass;
  /** The source's own status string ("" where the source has none: GPPD). */
  statusRaw: string;
  startYear: number | null;
  startYearLast: number | null;
  /** Source rows merged into this record (GEM units of one plant and status); 1 for EIA and GPPD. */
  unitCount: number;
  accuracy: LocationAccuracy;
  sourceId: string;
  vintage: string;
  recordId: string;
  owner: string;
  country: string;
}

/** A source row left out under a documented rule (listed in the report). */
export interface RejectedPlantRow {
  file: string;
  row: number;
  reason: string;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text of a place named by its nearest town (no dependencies, so the start-up bundle can use it). */

/** "Colorado City, Texas, United States of America": the names that are known, in that order. */
export function placeLabel(p: { name: string; admin1?: string; country?: string }): string {
  return [p.name, p.admin1, p.country].filter((s): s is string => !!s).join(', ');
}

/** Distance text for a place name: "2 km" (whole km; "< 1 km" below one). */
export function distanceText(km: number): string {
  return km < 1 ? '< 1 km' : `${Math.round(km)} km`;
}

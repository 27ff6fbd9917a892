/** Capacity as text: "850 MW", "1.2 GW" (a plant, a cluster, a queue). */
export function formatMw(mw: number): string {
  if (Math.abs(mw) >= 1000) return `${(mw / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} GW`;
  return `${mw.toLocaleString('en-US', { maximumFractionDigits: mw < 10 ? 1 : 0 })} MW`;
}

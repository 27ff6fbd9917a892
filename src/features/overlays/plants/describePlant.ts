/** One power plant as plain text (hover tooltip and card): size, fuel, year, owner, source. */
import type { PowerPlantsFile } from '../../../data/schemas.ts';
import type { Description } from '../overlay.ts';

export function describePlant(index: number, plants: PowerPlantsFile | undefined): Description | null {
  const p = plants;
  if (!p || index < 0 || index >= p.id.length) return null;
  return {
    title: p.name[index],
    lines: [
      `${p.capacityMw[index]} MW · ${p.fuels[p.fuel[index]]}`,
      p.commissioningYear[index] != null
        ? `Commissioned ${p.commissioningYear[index]}`
        : 'Commissioning year not published',
      p.owner[index] ? `Owner: ${p.owner[index]}` : '',
      `Source: WRI Global Power Plant Database (${p.id[index]})`,
    ].filter(Boolean),
  };
}

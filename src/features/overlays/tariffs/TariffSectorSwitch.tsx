/** The tariffs overlay's option in the layers panel: industrial or commercial prices. */
import { useTariffSector } from './tariffSector.ts';

export function TariffSectorSwitch() {
  const sector = useTariffSector((s) => s.sector);
  const setSector = useTariffSector((s) => s.setSector);
  return (
    <fieldset className="inline-fieldset small">
      <legend>Tariff sector</legend>
      {(['industrial', 'commercial'] as const).map((s) => (
        <label key={s}>
          <input type="radio" name="tariff-sector" checked={sector === s} onChange={() => setSector(s)} />
          {s === 'industrial' ? 'Industrial' : 'Commercial'}
        </label>
      ))}
    </fieldset>
  );
}

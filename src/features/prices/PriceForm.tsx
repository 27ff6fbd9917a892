/** "Add a price": region or country, USD/kWh and an optional label; each bad field says why, nothing is applied. */
import { useId, useState, type FormEvent } from 'react';
import type { PriceOverride } from '../../domain/index.ts';
import { MAX_LABEL_LENGTH, checkRow, type FieldProblems } from './priceRows.ts';
import type { PriceRegions } from './priceRegions.ts';

export function PriceForm({
  places,
  onAdd,
}: {
  places: PriceRegions;
  onAdd: (price: PriceOverride) => boolean;
}) {
  const id = useId();
  const [region, setRegion] = useState('');
  const [price, setPrice] = useState('');
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<FieldProblems>({});
  const [status, setStatus] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkRow({ region, price, label }, places);
    if ('problems' in checked) {
      setProblems(checked.problems);
      setStatus('');
      return;
    }
    setProblems({});
    if (!onAdd(checked.ok)) return;
    const { code, usdPerKwh } = checked.ok;
    setStatus(`Set ${places.describe(code)} (${code}) to ${usdPerKwh} USD/kWh, your figure.`);
    setRegion('');
    setPrice('');
    setLabel('');
  };
  const field = (name: keyof FieldProblems) => ({
    'aria-invalid': problems[name] ? true : undefined,
    'aria-describedby': problems[name] ? `${id}-${name}-problem` : undefined,
  });
  const problem = (name: keyof FieldProblems) =>
    problems[name] && (
      <span id={`${id}-${name}-problem`} className="small price-problem">
        {problems[name]}
      </span>
    );
  return (
    <form className="price-form" onSubmit={submit} aria-label="Add your own price">
      <label>
        Region or country
        <input
          type="text"
          list={`${id}-places`}
          value={region}
          placeholder="Texas, US-TX, Germany or DEU"
          onChange={(e) => setRegion(e.target.value)}
          {...field('region')}
        />
      </label>
      {problem('region')}
      <datalist id={`${id}-places`}>
        {places.options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </datalist>
      <label>
        USD/kWh
        <input
          type="text"
          inputMode="decimal"
          value={price}
          placeholder="0.045"
          onChange={(e) => setPrice(e.target.value)}
          {...field('price')}
        />
      </label>
      {problem('price')}
      <label>
        Label (optional)
        <input
          type="text"
          value={label}
          maxLength={MAX_LABEL_LENGTH + 1}
          placeholder="PPA quote 2026-10"
          onChange={(e) => setLabel(e.target.value)}
          {...field('label')}
        />
      </label>
      {problem('label')}
      <button type="submit">Set price</button>
      <span role="status" className="small">
        {status}
      </span>
    </form>
  );
}

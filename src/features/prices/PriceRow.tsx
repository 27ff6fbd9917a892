/** One of the user's own prices in the table: its price and label editable in place, and a remove button. */
import { useId, useState } from 'react';
import type { PriceOverride } from '../../domain/index.ts';
import { MAX_LABEL_LENGTH, parsePrice } from './priceRows.ts';

export function PriceRow({
  price,
  name,
  inGrid,
  onChange,
  onRemove,
}: {
  price: PriceOverride;
  /** "Texas, United States". */
  name: string;
  /** False when the grid has no cell in this code (e.g. a link from a newer grid): the price has no effect. */
  inGrid: boolean;
  onChange: (price: PriceOverride) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(price.usdPerKwh));
  const [problem, setProblem] = useState<string | null>(null);
  const [label, setLabel] = useState(price.label ?? '');
  const where = `${name} (${price.code})`;
  /** Checked as typed; applied on Enter or leaving the field, and only when valid. */
  const typePrice = (value: string) => {
    setText(value);
    const parsed = parsePrice(value);
    setProblem('problem' in parsed ? `${parsed.problem}; still ${price.usdPerKwh} USD/kWh` : null);
  };
  const commitPrice = () => {
    const parsed = parsePrice(text);
    if ('value' in parsed && parsed.value !== price.usdPerKwh)
      onChange({ ...price, usdPerKwh: parsed.value });
  };
  const commitLabel = () => {
    const next = label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
    if (next !== (price.label ?? ''))
      onChange({ code: price.code, usdPerKwh: price.usdPerKwh, ...(next ? { label: next } : {}) });
  };
  return (
    <tr>
      <th scope="row">
        {name} <span className="muted">({price.code})</span>
        {!inGrid && <span className="small price-problem"> not in the grid: no effect</span>}
      </th>
      <td>
        <input
          type="text"
          inputMode="decimal"
          aria-label={`USD/kWh for ${where}`}
          value={text}
          onChange={(e) => typePrice(e.target.value)}
          onBlur={commitPrice}
          onKeyDown={(e) => e.key === 'Enter' && commitPrice()}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <span id={`${id}-problem`} className="small price-problem">
            {problem}
          </span>
        )}
      </td>
      <td>
        <input
          type="text"
          aria-label={`Label for ${where}`}
          value={label}
          maxLength={MAX_LABEL_LENGTH}
          onChange={(e) => setLabel(e.target.value)}
          onBlur={commitLabel}
          onKeyDown={(e) => e.key === 'Enter' && commitLabel()}
        />
      </td>
      <td>
        <button type="button" aria-label={`Remove your price for ${where}`} onClick={onRemove}>
          Remove
        </button>
      </td>
    </tr>
  );
}

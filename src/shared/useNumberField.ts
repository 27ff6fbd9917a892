/**
 * A numeric input that refuses what it cannot use: the typed text is checked against a rule on every change; a
 * valid value is passed on at once, an invalid one is not (the last valid value stays in force) and the field
 * gets `aria-invalid="true"` and `aria-describedby` pointing at the message. When the value in force changes
 * from elsewhere (a preset, a link, "Default"), the field shows it.
 *
 * Render the message with `{field.problem && <p role="alert" id={field.errorId} className="field-error">{field.problem}</p>}`.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { checkNumber, type NumberRule } from './numberRule.ts';

export interface NumberFieldOptions {
  /** The field's name in messages, e.g. "Max power price". */
  label: string;
  /** The value in force (null: none). */
  value: number | null;
  rule: NumberRule;
  /** Called with each valid value (null for an empty optional field). */
  onValid: (value: number | null) => void;
}

export function useNumberField({ label, value, rule, onValid }: NumberFieldOptions) {
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  const [lastValid, setLastValid] = useState<number | null>(value);
  // set when this field passed a value on: the next change of `value` is its echo (an empty optional field may
  // come back as a default), so the draft being typed is kept
  const [echo, setEcho] = useState(false);
  if (seen !== value) {
    setSeen(value);
    setEcho(false);
    if (!(echo && (lastValid === null || value === lastValid))) {
      // changed from elsewhere (a preset, a link, "Default"): show it
      setDraft(null);
      setProblem(null);
    }
  } else if (echo) setEcho(false); // the value did not change: no echo is coming
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const checked = checkNumber(label, text, rule, e.target.validity?.badInput ?? false);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setLastValid(checked.value);
    if (checked.value === value) return;
    setEcho(true);
    onValid(checked.value);
  };
  return {
    problem,
    errorId,
    input: {
      value: draft ?? (value === null ? '' : String(value)),
      onChange,
      'aria-invalid': problem !== null,
      'aria-describedby': problem ? errorId : undefined,
    },
  };
}

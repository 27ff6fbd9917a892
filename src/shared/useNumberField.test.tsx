// @vitest-environment jsdom
import fc from 'fast-check';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { LIMITS } from '../domain/index.ts';
import { checkNumber, type NumberRule } from './numberRule.ts';
import { useNumberField } from './useNumberField.ts';

afterEach(cleanup);

// A real range of the app: the Max power price limit.
const price = LIMITS.find((d) => d.id === 'maxPowerPrice')!;
const priceRule: NumberRule = { min: price.min, max: price.max, unit: price.unit };

let setOutside: (n: number | null) => void = () => {};
function Field({
  rule,
  start,
  onValid,
}: {
  rule: NumberRule;
  start: number | null;
  onValid: (n: number | null) => void;
}) {
  const [value, setValue] = useState(start);
  setOutside = setValue;
  const field = useNumberField({
    label: price.label,
    value,
    rule,
    onValid: (n) => {
      onValid(n);
      setValue(n);
    },
  });
  return (
    <>
      <input aria-label={price.label} {...field.input} />
      {field.problem && (
        <p role="alert" id={field.errorId}>
          {field.problem}
        </p>
      )}
      <output aria-label="in force">{String(value)}</output>
    </>
  );
}

const input = () => screen.getByLabelText(price.label) as HTMLInputElement;
const inForce = () => screen.getByLabelText('in force').textContent;

describe('useNumberField', () => {
  it('refuses a value below the range: message naming the field and range, aria-invalid, last value kept', () => {
    const onValid = vi.fn();
    render(<Field rule={priceRule} start={0.1} onValid={onValid} />);
    fireEvent.change(input(), { target: { value: '-5' } });
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input().getAttribute('aria-describedby')!);
    expect(message?.textContent).toContain(price.label);
    expect(message?.textContent).toContain(`between ${price.min} and ${price.max} ${price.unit}`);
    expect(onValid).not.toHaveBeenCalled();
    expect(inForce()).toBe('0.1');
    expect(input().value).toBe('-5');
  });

  it('passes a valid value on and clears the message', () => {
    const onValid = vi.fn();
    render(<Field rule={priceRule} start={0.1} onValid={onValid} />);
    fireEvent.change(input(), { target: { value: 'abc' } });
    expect(screen.getByRole('alert').textContent).toContain('not a number');
    fireEvent.change(input(), { target: { value: '0.08' } });
    expect(onValid).toHaveBeenCalledWith(0.08);
    expect(input().getAttribute('aria-invalid')).toBe('false');
    expect(input().hasAttribute('aria-describedby')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(inForce()).toBe('0.08');
  });

  it('shows a value changed from elsewhere, replacing a refused draft', () => {
    render(<Field rule={priceRule} start={0.1} onValid={() => {}} />);
    fireEvent.change(input(), { target: { value: '99' } });
    expect(input().getAttribute('aria-invalid')).toBe('true');
    act(() => setOutside(0.2));
    expect(input().value).toBe('0.2');
    expect(input().getAttribute('aria-invalid')).toBe('false');
  });

  it('an empty optional field passes null on; a required one is refused', () => {
    const onValid = vi.fn();
    render(<Field rule={{ ...priceRule, optional: true }} start={0.1} onValid={onValid} />);
    fireEvent.change(input(), { target: { value: '' } });
    expect(onValid).toHaveBeenCalledWith(null);
    cleanup();
    const required = vi.fn();
    render(<Field rule={priceRule} start={0.1} onValid={required} />);
    fireEvent.change(input(), { target: { value: '' } });
    expect(required).not.toHaveBeenCalled();
    expect(input().getAttribute('aria-invalid')).toBe('true');
  });
});

describe('checkNumber', () => {
  it('accepts exactly the values in range (inclusive bounds)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const r = checkNumber('X', String(n), priceRule);
        const inRange = n >= price.min && n <= price.max;
        expect('value' in r).toBe(inRange);
        // the text is what is parsed: String(-0) is "0"
        expect('value' in r ? r.value : null).toBe(inRange ? Number(String(n)) : null);
      }),
    );
  });

  it('honours exclusive bounds and whole numbers', () => {
    expect(checkNumber('Lower bound', '5', { max: 5, maxExclusive: true })).toEqual({
      problem: 'Lower bound: must be a number below 5, not 5',
    });
    expect(checkNumber('Log lower bound', '0', { min: 0, minExclusive: true })).toHaveProperty('problem');
    expect(checkNumber('N', '2.5', { min: 1, max: 50, integer: true })).toEqual({
      problem: 'N: must be a whole number between 1 and 50, not 2.5',
    });
    expect(checkNumber('N', '7', { min: 1, max: 50, integer: true })).toEqual({ value: 7 });
    expect(checkNumber('N', '1e', {}, true)).toHaveProperty('problem');
  });
});

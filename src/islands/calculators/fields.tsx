/**
 * Form fields shared by every calculator: a visible Chinese label, an optional hint and the
 * error message right beside the field (linked with aria-describedby, flagged aria-invalid),
 * large tap targets. Text inputs are type="text" on purpose: people type "１２００", "1,200"
 * or "1200元", which type="number" would refuse; the rules' input layer reads them all.
 */
import type { ComponentChildren } from 'preact';
import type { Choice } from '../../lib/calculator-state.ts';

/** The DOM id of a field, so error summaries can move focus to it. */
export const fieldId = (name: string) => `f-${name}`;

function describedBy(name: string, hint?: ComponentChildren, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-err` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Message({ name, hint, error }: { name: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint && <p class="calc-hint" id={`${fieldId(name)}-hint`}>{hint}</p>}
      {error && <p class="calc-error" id={`${fieldId(name)}-err`}><span aria-hidden="true">✖ </span>{error}</p>}
    </>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (name: string, value: string) => void;
  hint?: ComponentChildren;
  error?: string;
  /** Unit shown after the box, e.g. "元/月". */
  suffix?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
}

/** A labelled text box for a number or a date. */
export function TextField({ name, label, value, onChange, hint, error, suffix, inputMode = 'decimal', placeholder }: TextFieldProps) {
  return (
    <div class={`calc-field${error ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}</label>
      <Message name={name} hint={hint} error={error} />
      <div class="calc-input-row">
        <input
          id={fieldId(name)}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          aria-describedby={describedBy(name, hint, error)}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => onChange(name, (e.currentTarget as HTMLInputElement).value)}
        />
        {suffix && <span class="calc-suffix">{suffix}</span>}
      </div>
    </div>
  );
}

export type { Choice };

interface ChoiceFieldProps {
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string;
  onChange: (name: string, value: string) => void;
  hint?: ComponentChildren;
  error?: string;
  /** Lay short choices out in a row (是 / 否 / 不清楚). */
  inline?: boolean;
}

/** A radio group as a fieldset with a legend. */
export function ChoiceField({ name, legend, choices, value, onChange, hint, error, inline }: ChoiceFieldProps) {
  return (
    <fieldset
      class={`calc-field calc-choices${inline ? ' inline' : ''}${error ? ' has-error' : ''}`}
      id={fieldId(name)}
      tabIndex={-1}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend>{legend}</legend>
      <Message name={name} hint={hint} error={error} />
      <div class="calc-options">
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onChange(name, c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (name: string, value: string) => void;
  hint?: ComponentChildren;
  error?: string;
  /** Text of the empty first option. */
  placeholder?: string;
}

/** A labelled drop-down list. */
export function SelectField({ name, label, choices, value, onChange, hint, error, placeholder = '请选择' }: SelectFieldProps) {
  return (
    <div class={`calc-field${error ? ' has-error' : ''}`}>
      <label for={fieldId(name)}>{label}</label>
      <Message name={name} hint={hint} error={error} />
      <select
        id={fieldId(name)}
        name={name}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => onChange(name, (e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{placeholder}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </div>
  );
}

/** 是 / 否 / 不清楚, the answer set of every yes-no question (blank counts as 不清楚). */
export const YES_NO_UNKNOWN: readonly Choice[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
  { value: 'unknown', label: '不清楚' },
];

import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the control: what the setting does. */
  hint?: ReactNode;
  /** Validation messages for this field, exactly as the widget gives them. */
  errors?: string[];
  type?: 'text' | 'number' | 'url';
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  /** For a field whose value is code (ids, URLs): monospace, no spellcheck. */
  code?: boolean;
  min?: number;
  max?: number;
  autoComplete?: string;
  children?: never;
}

/** A labelled text or number input with its hint and validation messages tied to it for screen readers. */
export function Field({ label, value, onChange, hint, errors = [], type = 'text', inputMode, placeholder, code, min, max, autoComplete = 'off' }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        className={code ? 'pg-code-input' : undefined}
        value={value}
        placeholder={placeholder}
        min={min}
        max={max}
        spellCheck={code ? false : undefined}
        autoComplete={autoComplete}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldErrors id={errorId} errors={errors} />
      {hint ? (
        <p className="pg-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string | undefined; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <p className="pg-field-error" id={id}>
      {errors.join(' ')}
    </p>
  );
}

interface SelectFieldProps<Value extends string> {
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
  hint?: ReactNode;
  errors?: string[];
}

export function SelectField<Value extends string>({ label, value, options, onChange, hint, errors = [] }: SelectFieldProps<Value>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="pg-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value as Value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={errorId} errors={errors} />
      {hint ? (
        <p className="pg-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  /** Renders as an on/off switch (role="switch"). */
  switch?: boolean;
}

export function Checkbox({ label, checked, onChange, hint, switch: isSwitch }: CheckboxProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={isSwitch ? 'pg-check pg-switch' : 'pg-check'}>
      <input id={id} type="checkbox" role={isSwitch ? 'switch' : undefined} checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="pg-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

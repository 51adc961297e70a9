import { useId, type ReactNode } from 'react';

interface RadioGroupProps<Value extends string> {
  legend: string;
  name: string;
  value: Value;
  options: readonly { value: Value; label: string; hint?: ReactNode }[];
  onChange: (value: Value) => void;
  hint?: ReactNode;
  /** Lay the choices out in a row (short labels). */
  inline?: boolean;
  /** Lay the choices out in two columns (many choices). */
  columns?: boolean;
}

/** A fieldset of radio buttons: arrow keys move between choices, the legend names the group. */
export function RadioGroup<Value extends string>({ legend, name, value, options, onChange, hint, inline, columns }: RadioGroupProps<Value>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset className={['pg-radios', inline && 'pg-radios-inline', columns && 'pg-radios-columns'].filter(Boolean).join(' ')} aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="pg-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="pg-radio-list">
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="pg-radio" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={`${name}-${id}`}
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint ? (
              <p className="pg-hint" id={`${optionId}-hint`}>
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
      </div>
    </fieldset>
  );
}

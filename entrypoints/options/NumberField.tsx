import { useId, useState } from 'react';
import type { z } from 'zod/mini';

export interface NumberFieldProps {
  label: string;
  hint: string;
  value: number;
  schema: z.ZodMiniType<number>;
  onValid: (value: number) => void;
  unit?: string;
}

/** A number the person types; saved when it fits the schema, otherwise the schema's words say why. */
export function NumberField({ label, hint, value, schema, onValid, unit }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string>();
  // A new value from elsewhere (another tab, an import) replaces what is typed here.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }

  const onChange = (next: string) => {
    setText(next);
    const parsed = schema.safeParse(next.trim() === '' ? Number.NaN : Number(next));
    if (parsed.success) {
      setError(undefined);
      if (parsed.data !== value) onValid(parsed.data);
    } else {
      setError(parsed.error.issues[0]?.message ?? 'This value does not fit.');
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

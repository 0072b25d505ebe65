/** Small labelled inputs the shared components do not have (multi-line text, colour, checkbox). */
import { useId, type Ref } from 'react';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Shown under the field and tied to it; marks the field invalid. */
  error?: string | undefined;
  maxLength?: number;
  rows?: number;
  testId?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ label, value, onChange, hint, error, maxLength, rows = 2, testId, ref }: TextAreaProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="widget-textarea"
        value={value}
        rows={rows}
        maxLength={maxLength}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="widget-error">
          {error}
        </small>
      )}
    </div>
  );
}

export function ColourField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="widget-colour">
        <input id={id} type="color" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
        <code>{value}</code>
      </span>
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
}) {
  return (
    <label className="widget-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {label}
    </label>
  );
}

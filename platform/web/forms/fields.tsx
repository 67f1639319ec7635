import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = {
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
};

/** Ids that tie a control to its hint and error, so screen readers read them with the label. */
function useDescribedBy(error: string | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error !== undefined ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** Visual only: the control's `required` attribute already makes screen readers say "required". */
function RequiredMark() {
  return <span aria-hidden="true"> *</span>;
}

function Feedback({ id, error, hint, hintId }: { id?: string; error?: string; hint?: ReactNode; hintId?: string }) {
  return (
    <>
      {hint && (
        <small id={hintId} className="form-text d-block">
          {hint}
        </small>
      )}
      {id && error !== undefined && (
        <div id={id} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </>
  );
}

type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'className'> & { value: string; onChange: (value: string) => void };

/** A labelled input; the label sits above, static (bootstrap-italia's floating label needs its own JS). */
export function TextField({ label, error, hint, required, className, value, onChange, type = 'text', ...rest }: TextFieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(error, hint);
  return (
    <div className={`crv-field mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <input
        {...rest}
        id={id}
        type={type}
        className={`form-control${error !== undefined ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy}
      />
      <Feedback id={errorId} error={error} hint={hint} hintId={hintId} />
    </div>
  );
}

type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'className'> & { value: string; onChange: (value: string) => void };

export function TextAreaField({ label, error, hint, required, className, value, onChange, rows = 4, ...rest }: TextAreaFieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(error, hint);
  return (
    <div className={`crv-field mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <textarea
        {...rest}
        id={id}
        rows={rows}
        className={`form-control${error !== undefined ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy}
      />
      <Feedback id={errorId} error={error} hint={hint} hintId={hintId} />
    </div>
  );
}

export type Option = { value: string; label: string };

type SelectFieldProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'className'> & {
    value: string;
    onChange: (value: string) => void;
    options: Option[];
    /** Label of the empty choice ("all", "none"); omitted when a value is mandatory. */
    emptyLabel?: string;
  };

export function SelectField({ label, error, hint, required, className, value, onChange, options, emptyLabel, ...rest }: SelectFieldProps) {
  const { id, hintId, errorId, describedBy } = useDescribedBy(error, hint);
  return (
    <div className={`crv-field select-wrapper mb-4 ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <select
        {...rest}
        id={id}
        className={`form-select${error !== undefined ? ' is-invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Feedback id={errorId} error={error} hint={hint} hintId={hintId} />
    </div>
  );
}

type CheckboxFieldProps = { label: string; checked: boolean; onChange: (checked: boolean) => void; className?: string; hint?: ReactNode };

export function CheckboxField({ label, checked, onChange, className, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`form-check ${className ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <small id={`${id}-hint`} className="form-text d-block">
          {hint}
        </small>
      )}
    </div>
  );
}

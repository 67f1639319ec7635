import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

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

type Ids = ReturnType<typeof useDescribedBy>;

/** What every labelled control shares: ids, the value round trip, the required and invalid states. */
function useControl(error: string | undefined, hint: ReactNode, required: boolean | undefined, value: string, onChange: (value: string) => void) {
  const ids = useDescribedBy(error, hint);
  const control = {
    id: ids.id,
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange(e.target.value),
    required,
    'aria-invalid': error !== undefined || undefined,
    'aria-describedby': ids.describedBy,
  };
  return { ids, control, invalidClass: error !== undefined ? ' is-invalid' : '' };
}

/** The label above, the control, then hint and error; the label sits static (bootstrap-italia's floating label needs its own JS). */
function FieldFrame({ ids, label, required, error, hint, className, children }: Omit<Common, 'className'> & { ids: Ids; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={ids.id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {children}
      <Feedback id={ids.errorId} error={error} hint={hint} hintId={ids.hintId} />
    </div>
  );
}

type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'className'> & { value: string; onChange: (value: string) => void };

export function TextField({ label, error, hint, required, className, value, onChange, type = 'text', ...rest }: TextFieldProps) {
  const { ids, control, invalidClass } = useControl(error, hint, required, value, onChange);
  return (
    <FieldFrame ids={ids} label={label} required={required} error={error} hint={hint} className={`crv-field mb-4 ${className ?? ''}`}>
      <input {...rest} {...control} type={type} className={`form-control${invalidClass}`} />
    </FieldFrame>
  );
}

type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'className'> & { value: string; onChange: (value: string) => void };

export function TextAreaField({ label, error, hint, required, className, value, onChange, rows = 4, ...rest }: TextAreaFieldProps) {
  const { ids, control, invalidClass } = useControl(error, hint, required, value, onChange);
  return (
    <FieldFrame ids={ids} label={label} required={required} error={error} hint={hint} className={`crv-field mb-4 ${className ?? ''}`}>
      <textarea {...rest} {...control} rows={rows} className={`form-control${invalidClass}`} />
    </FieldFrame>
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
  const { ids, control, invalidClass } = useControl(error, hint, required, value, onChange);
  return (
    <FieldFrame ids={ids} label={label} required={required} error={error} hint={hint} className={`crv-field select-wrapper mb-4 ${className ?? ''}`}>
      <select {...rest} {...control} className={`form-select${invalidClass}`}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
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

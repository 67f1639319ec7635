import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api';
import { useErrorMessage } from '../components/states';
import { fieldErrorsOf } from './zodIssues';

export type FormValues = Record<string, string>;

/**
 * Form state with the contract's zod schema as the client-side check, and the API's field
 * errors mapped back onto the same fields. Values are strings, as the inputs hold them.
 */
export function useForm<V extends FormValues>(initial: V) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    // Once a person edits a field, its old error no longer describes it.
    setFieldErrors((prev) => {
      if (!(name in prev)) return prev;
      const next = { ...prev };
      delete next[name as string];
      return next;
    });
  }, []);

  /** Parses `body` with `schema`; on failure shows the errors and returns null. */
  const validate = useCallback(
    <S extends z.ZodType>(schema: S, body: unknown): z.output<S> | null => {
      const result = schema.safeParse(body);
      if (result.success) {
        setFieldErrors({});
        setFormError(null);
        return result.data;
      }
      setFieldErrors(fieldErrorsOf(result.error, t, body));
      setFormError(t('common:form.fixErrors'));
      return null;
    },
    [t],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.fields.length > 0) {
        const fields: Record<string, string> = {};
        // A field error may come without its own text (e.g. a wrong current password): the main message covers it.
        for (const f of error.fields) fields[f.field] = f.message || error.message;
        setFieldErrors(fields);
      } else setFieldErrors({});
      setFormError(errorMessage(error));
    },
    [errorMessage],
  );

  const reset = useCallback((next: V) => {
    setValues(next);
    setFieldErrors({});
    setFormError(null);
  }, []);

  /** Props for a field component: value, onChange and its error. */
  const field = <K extends keyof V & string>(name: K) => ({
    value: values[name],
    onChange: (value: string) => set(name, value as V[K]),
    error: fieldErrors[name],
  });

  return { values, set, field, fieldErrors, formError, validate, showError, reset, setFormError };
}

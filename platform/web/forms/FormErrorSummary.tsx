import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type FormErrorSummaryProps = { message: string | null; fieldErrors: Record<string, string>; labels?: Record<string, string> };

/**
 * Announced as soon as it appears (role="alert"): the form-level message and, for screen-reader
 * and keyboard users, the fields to fix. The same messages also sit next to each field.
 */
export function FormErrorSummary({ message, fieldErrors, labels = {} }: FormErrorSummaryProps) {
  const { t } = useTranslation('common');
  const entries = Object.entries(fieldErrors).filter(([, m]) => m);
  const hasAny = !!message || entries.length > 0;
  const alertRef = useRef<HTMLDivElement>(null);
  // After a refused submit the summary may sit far above the button: bring it into view and focus it.
  // Not while the person is typing in a field (edits also change the errors).
  useEffect(() => {
    if (!hasAny) return;
    const active = document.activeElement;
    if (active && ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName)) return;
    alertRef.current?.focus();
    alertRef.current?.scrollIntoView({ block: 'center' });
  }, [hasAny, message, fieldErrors]);
  return (
    <div aria-live="assertive" aria-atomic="true">
      {hasAny && (
        <div className="alert alert-danger" role="alert" tabIndex={-1} ref={alertRef}>
          <p className="mb-1 fw-semibold">{message ?? t('form.fixErrors')}</p>
          {entries.length > 0 && (
            <ul className="mb-0">
              {entries.map(([field, m]) => (
                <li key={field}>
                  {labels[field] ? `${labels[field]}: ` : ''}
                  {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

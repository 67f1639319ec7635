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
  return (
    <div aria-live="assertive" aria-atomic="true">
      {hasAny && (
        <div className="alert alert-danger" role="alert">
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

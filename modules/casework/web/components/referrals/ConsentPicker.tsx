import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { personConsentsQuery } from '../../api/referrals';

type Props = { personId: string | null; value: string; onChange: (id: string) => void; error?: string };

/** The person's consents still in force, one to pick; a link to record a new one on the person's page. */
export function ConsentPicker({ personId, value, onChange, error }: Props) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const id = useId();
  const consents = useQuery({ ...personConsentsQuery(personId ?? ''), enabled: !!personId });
  if (!personId) return <p className="small">{t('referrals.form.noConsentSubject')}</p>;
  if (consents.isPending) return <LoadingState />;
  if (consents.isError) return <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />;
  const active = consents.data.filter((c) => c.state === 'active');
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="h6 mb-2">{t('referrals.form.consent')}</legend>
      {active.length === 0 && <p className="small mb-2">{t('referrals.form.noConsents')}</p>}
      {active.map((c) => (
        <div key={c.id} className="form-check">
          <input id={`${id}-${c.id}`} type="radio" name={`${id}-consent`} checked={value === c.id} onChange={() => onChange(c.id)} />
          <label htmlFor={`${id}-${c.id}`}>
            {t('referrals.form.consentOption', {
              purpose: c.purpose,
              to: c.grantedToOrganizationName ?? t('referrals.form.wholeNetwork'),
              date: date(c.givenOn),
            })}
          </label>
        </div>
      ))}
      <Link to={`/casework/persons/${personId}?tab=consents`} className="small">
        {t('referrals.form.recordConsent')}
      </Link>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </fieldset>
  );
}

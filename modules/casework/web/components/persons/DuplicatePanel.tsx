import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../../platform/web';
import type { DuplicateMatch } from '../../api/persons';
import { ContactRequestDialog } from './ContactRequestDialog';
import { formatPartialDate } from './partialDate';
import type { useDuplicateCheck } from './useDuplicateCheck';

type Props = { check: ReturnType<typeof useDuplicateCheck> };

/** The live list of possible duplicates; hidden matches name only the service, never the record. */
export function DuplicatePanel({ check }: Props) {
  const { t, i18n } = useTranslation('casework');
  const headingId = useId();
  const [asking, setAsking] = useState<{ token: string; where: string } | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const { query, enabled } = check;
  const matches = enabled ? (query.data?.matches ?? []) : [];

  const whereOf = (m: Extract<DuplicateMatch, { kind: 'hidden' }>) =>
    m.restricted || !m.serviceName ? t('duplicates.atNetwork') : t('duplicates.atService', { service: [m.serviceName, m.organizationName].filter(Boolean).join(' — ') });

  let body;
  if (!enabled) body = <p className="small mb-0">{t('duplicates.hint')}</p>;
  else if (query.isPending || check.typing) body = <p className="small mb-0">{t('duplicates.checking')}</p>;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (matches.length === 0) body = <p className="small mb-0">{t('duplicates.none')}</p>;
  else
    body = (
      <>
        <p className="small">{t('duplicates.found', { count: matches.length })}</p>
        <ul className="list-unstyled mb-0">
          {matches.map((m) =>
            m.kind === 'visible' ? (
              <li key={m.person.id} className="border-bottom py-2">
                <p className="fw-semibold mb-0">
                  {m.person.givenName} {m.person.familyName}
                  {(m.person.nativeGivenName || m.person.nativeFamilyName) && (
                    <span dir="auto" className="d-block fw-normal">
                      {[m.person.nativeGivenName, m.person.nativeFamilyName].filter(Boolean).join(' ')}
                    </span>
                  )}
                </p>
                <p className="small mb-1">
                  {t('person.birthDate')}: {formatPartialDate(m.person.birthDate, i18n.language) || t('personForm.unknown')} · {t('duplicates.score', { score: Math.round(m.score * (m.score <= 1 ? 100 : 1)) })}
                </p>
                <Link to={`/casework/persons/${m.person.id}`} target="_blank" rel="noopener" className="btn btn-outline-primary btn-xs py-1 px-2">
                  {t('duplicates.open')}
                  <span className="visually-hidden"> {t('duplicates.openOf', { name: `${m.person.givenName} ${m.person.familyName}` })}</span>
                </Link>
              </li>
            ) : (
              <li key={m.matchToken} className="border-bottom py-2">
                <p className="mb-1">{t('duplicates.hiddenMatch', { where: whereOf(m) })}</p>
                {sent.includes(m.matchToken) ? (
                  <p className="small text-success mb-0">{t('duplicates.contactSent')}</p>
                ) : (
                  <button type="button" className="btn btn-outline-primary btn-xs py-1 px-2" onClick={() => setAsking({ token: m.matchToken, where: whereOf(m) })}>
                    {t('duplicates.askContact')}
                  </button>
                )}
              </li>
            ),
          )}
        </ul>
      </>
    );

  return (
    <div className={`card-wrapper mb-4${matches.length > 0 ? ' border-start border-4 border-warning ps-3' : ''}`}>
      <div role="status" aria-labelledby={headingId} className="p-3 bg-light">
        <h2 id={headingId} className="h5">
          {t('duplicates.title')}
        </h2>
        {body}
      </div>
      <ContactRequestDialog
        matchToken={asking?.token ?? null}
        where={asking?.where ?? ''}
        onClose={() => setAsking(null)}
        onSent={() => {
          if (asking) setSent((s) => [...s, asking.token]);
          setAsking(null);
        }}
      />
    </div>
  );
}

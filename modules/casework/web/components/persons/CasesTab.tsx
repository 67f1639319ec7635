import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, Icon } from '../../../../../platform/web';
import type { Person } from '../../api/persons';

/** The person's cases the caller may know about, and opening a new one. */
export function CasesTab({ person }: { person: Person }) {
  const { t } = useTranslation('casework');
  const canOpen = person.abilities.openCase;
  return (
    <>
      {canOpen && (
        <Link to={`/casework/cases/new?personId=${person.id}`} className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1 mb-3">
          <Icon name="it-plus" color="white" size="sm" />
          {t('personCases.open')}
        </Link>
      )}
      {person.cases.length === 0 ? (
        <EmptyState message={t('personCases.empty')} />
      ) : (
        <ul className="list-unstyled">
          {person.cases.map((c) => (
            <li key={c.id} className="border-bottom py-2 d-flex flex-wrap gap-2 align-items-center">
              <Link to={`/casework/cases/${c.id}`} className="fw-semibold">
                {t('personCases.reference', { reference: c.reference })}
              </Link>
              <Badge tone={c.status === 'closed' ? 'secondary' : 'primary'}>{t(`personCases.statuses.${c.status}`)}</Badge>
              {c.protection === 'restricted' && <Badge tone="danger">{t('personCases.restricted')}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

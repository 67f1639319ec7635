import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Icon, usePermission } from '../../../../../platform/web';
import { pendingInboxCountQuery } from '../../api/referrals';

/** Shortcuts: register a person, the referral inbox with its pending count, the mediation calendar. */
export function HomeLinks() {
  const { t } = useTranslation('casework');
  const canWrite = usePermission('casework.cases.write');
  const pending = useQuery(pendingInboxCountQuery);
  return (
    <nav aria-label={t('home.links.label')} className="mb-4">
      <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0">
        {canWrite && (
          <li>
            <Link to="/casework/persons/new" className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
              <Icon name="it-plus" color="white" size="sm" />
              {t('home.links.registerPerson')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/casework/referrals" className="btn btn-outline-primary btn-sm d-inline-flex align-items-center gap-2">
            <Icon name="it-mail" color="primary" size="sm" />
            {t('home.links.referrals')}
            {pending.data !== undefined && pending.data > 0 && (
              <span className="badge bg-primary">
                {pending.data}
                <span className="visually-hidden"> {t('home.links.pending', { count: pending.data })}</span>
              </span>
            )}
          </Link>
        </li>
        <li>
          <Link to="/casework/mediations" className="btn btn-outline-primary btn-sm d-inline-flex align-items-center gap-1">
            <Icon name="it-calendar" color="primary" size="sm" />
            {t('home.links.mediations')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

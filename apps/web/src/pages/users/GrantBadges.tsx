import { useTranslation } from 'react-i18next';
import type { Grant } from './usersApi';

/** Roles with where they apply, as compact text (a list, so screen readers count them). */
export function GrantList({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  if (grants.length === 0) return <span className="text-secondary">{t('users.noRoles')}</span>;
  return (
    <ul className="list-unstyled mb-0 small">
      {grants.map((g) => (
        <li key={g.id}>
          {t(`common:roles.${g.role}`)}
          {g.scopeKind !== 'platform' && <span className="text-secondary"> · {g.scopeName ?? t(`common:scopeKinds.${g.scopeKind}`)}</span>}
        </li>
      ))}
    </ul>
  );
}

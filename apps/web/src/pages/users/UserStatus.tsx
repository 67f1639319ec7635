import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { User } from './usersApi';

export function UserStatus({ user }: { user: Pick<User, 'status' | 'locked'> }) {
  const { t } = useTranslation();
  return (
    <>
      {user.status === 'active' ? <Badge tone="success">{t('users.status.active')}</Badge> : <Badge tone="secondary">{t('users.status.disabled')}</Badge>}
      {user.locked && <Badge tone="warning">{t('users.locked')}</Badge>}
    </>
  );
}

import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../platform/web';

/** While the account has a temporary password, every page but the dashboard (which holds the form) says so. */
export function PasswordReminder() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  if (!me.user.mustChangePassword || pathname === '/') return null;
  return (
    <div className="alert alert-warning" role="status">
      {t('password.reminder')} <Link to="/">{t('password.reminderLink')}</Link>
    </div>
  );
}

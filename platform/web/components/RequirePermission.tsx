import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { PageHeader } from './PageHeader';

export function ForbiddenPage() {
  const { t } = useTranslation('common');
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.text')}</p>
    </>
  );
}

/** Hides a page from users without the permission; the API refuses them anyway. */
export function RequirePermission({ permission, children }: { permission?: string; children: ReactNode }) {
  const { can } = useSession();
  if (permission && !can(permission)) return <ForbiddenPage />;
  return <>{children}</>;
}

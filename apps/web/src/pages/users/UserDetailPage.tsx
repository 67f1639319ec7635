import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader, useFormat } from '../../../../../platform/web';
import { EditUserForm } from './EditUserForm';
import { PlatformRoles } from './PlatformRoles';
import { UserActions } from './UserActions';
import { UserStatus } from './UserStatus';
import { userQuery } from './usersApi';

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { dateTime } = useFormat();
  const user = useQuery(userQuery(id));
  const crumbs = [{ label: t('users.title'), to: '/users' }];

  if (user.isPending) return <LoadingState />;
  if (user.isError)
    return (
      <>
        <PageHeader title={t('users.detailTitle')} breadcrumbs={crumbs} />
        <ErrorState error={user.error} onRetry={() => void user.refetch()} />
      </>
    );
  const u = user.data;
  return (
    <>
      <PageHeader title={u.displayName} breadcrumbs={crumbs} lead={<UserStatus user={u} />} />
      <section aria-labelledby="user-data-title" className="mb-4">
        <h2 id="user-data-title" className="h4">
          {t('users.dataTitle')}
        </h2>
        <dl className="row mb-0">
          <dt className="col-sm-3">{t('users.fields.email')}</dt>
          <dd className="col-sm-9 text-break">{u.email}</dd>
          <dt className="col-sm-3">{t('users.fields.taxCode')}</dt>
          <dd className="col-sm-9">{u.taxCode ?? '—'}</dd>
          <dt className="col-sm-3">{t('users.fields.locale')}</dt>
          <dd className="col-sm-9">{t(`languages.${u.locale}`, { defaultValue: u.locale })}</dd>
          <dt className="col-sm-3">{t('users.fields.lastLogin')}</dt>
          <dd className="col-sm-9">{dateTime(u.lastLoginAt) || t('users.never')}</dd>
          <dt className="col-sm-3">{t('users.fields.createdAt')}</dt>
          <dd className="col-sm-9">{dateTime(u.createdAt)}</dd>
        </dl>
      </section>
      <PlatformRoles user={u} />
      <UserActions user={u} />
      {u.abilities.update && <EditUserForm key={u.id} user={u} />}
    </>
  );
}

import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ErrorState, Icon, LoadingState, PageHeader, Tabs, type TabItem } from '../../../../platform/web';
import { organizationQuery } from '../api';
import { ArchiveButton } from '../components/ArchiveButton';
import { HelpDesksTab } from '../components/HelpDesksTab';
import { MembersTab } from '../components/MembersTab';
import { OrganizationDetails } from '../components/OrganizationDetails';
import { ServicesTab } from '../components/ServicesTab';

export function OrganizationDetailPage() {
  const { t } = useTranslation('organizations');
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const org = useQuery(organizationQuery(id));
  const crumbs = [{ label: t('list.title'), to: '/organizations' }];
  const notice = (location.state as { created?: boolean; saved?: boolean } | null) ?? {};

  if (org.isPending) return <LoadingState />;
  if (org.isError)
    return (
      <>
        <PageHeader title={t('detail.title')} breadcrumbs={crumbs} />
        <ErrorState error={org.error} onRetry={() => void org.refetch()} />
      </>
    );
  const o = org.data;
  const tabs: TabItem[] = [
    { key: 'services', label: t('tabs.servicesCount', { count: o.counts.services }), content: <ServicesTab org={o} /> },
    { key: 'help-desks', label: t('tabs.helpDesksCount', { count: o.counts.helpDesks }), content: <HelpDesksTab org={o} /> },
    ...(o.abilities.readMembers ? [{ key: 'members', label: t('tabs.membersCount', { count: o.counts.members }), content: <MembersTab org={o} /> }] : []),
  ];
  const active = params.get('tab') ?? 'services';

  return (
    <>
      <PageHeader
        title={o.name}
        breadcrumbs={crumbs}
        lead={
          <>
            {t(`kinds.${o.kind}`)}
            {o.archived && (
              <>
                {' '}
                <Badge tone="secondary">{t('archived')}</Badge>
              </>
            )}
            {o.isDemo && (
              <>
                {' '}
                <Badge tone="light">{t('demo')}</Badge>
              </>
            )}
          </>
        }
        actions={
          <>
            {o.abilities.update && !o.archived && (
              <Link to={`/organizations/${o.id}/edit`} className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
                <Icon name="it-pencil" color="white" size="sm" />
                {t('common:actions.edit')}
              </Link>
            )}
            <ArchiveButton org={o} />
          </>
        }
      />
      <div role="status">
        {notice.created && <div className="alert alert-success">{t('create.done')}</div>}
        {notice.saved && <div className="alert alert-success">{t('edit.done')}</div>}
      </div>
      <section aria-labelledby="org-data-title" className="mb-4">
        <h2 id="org-data-title" className="h4">
          {t('detail.dataTitle')}
        </h2>
        <OrganizationDetails org={o} />
      </section>
      <Tabs
        label={t('tabs.label')}
        items={tabs}
        active={active}
        onChange={(tab) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set('tab', tab);
              return next;
            },
            { replace: true },
          )
        }
      />
    </>
  );
}

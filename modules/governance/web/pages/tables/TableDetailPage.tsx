import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ErrorState, LoadingState, PageHeader, Tabs, type TabItem } from '../../../../../platform/web';
import { roundtableQuery } from '../../api/tables';
import { TableFeedButton } from '../../components/calendar/TableFeedButton';
import { MembersTab } from '../../components/tables/MembersTab';
import { OverviewTab } from '../../components/tables/OverviewTab';
import { TableMeetingsTab } from '../../components/tables/TableMeetingsTab';

/** One round table: overview, members and meetings as tabs (?tab= keeps the choice in the URL). */
export function TableDetailPage() {
  const { t } = useTranslation('governance');
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useQuery(roundtableQuery(id));
  const crumbs = [{ label: t('tables.list.title'), to: '/governance' }];
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('tables.detail.title')} breadcrumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const table = query.data;
  const tabs: TabItem[] = [
    { key: 'overview', label: t('tables.tabs.overview'), content: <OverviewTab table={table} /> },
    { key: 'members', label: t('tables.tabs.members'), content: <MembersTab table={table} /> },
    { key: 'meetings', label: t('tables.tabs.meetings'), content: <TableMeetingsTab table={table} feedButton={<TableFeedButton roundtableId={table.id} />} /> },
  ];
  const active = params.get('tab') ?? 'overview';
  return (
    <>
      <PageHeader
        title={table.name}
        breadcrumbs={crumbs}
        lead={
          <>
            <Badge tone="primary">{t(`tables.kinds.${table.kind}`)}</Badge>
            {table.archived && <Badge tone="light">{t('tables.archived')}</Badge>}{' '}
            {table.coordinatingOrganizationName && <span className="fs-6">{t('tables.detail.coordinatedBy', { name: table.coordinatingOrganizationName })}</span>}
          </>
        }
        actions={
          table.abilities.update ? (
            <Link to={`/governance/tables/${table.id}/edit`} className="btn btn-outline-primary">
              {t('tables.detail.edit')}
            </Link>
          ) : undefined
        }
      />
      <div role="status">{saved && <div className="alert alert-success">{t('tables.detail.saved')}</div>}</div>
      <Tabs
        label={t('tables.tabs.label')}
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

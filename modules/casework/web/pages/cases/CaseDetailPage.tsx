import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader, Tabs, useFormat, type TabItem } from '../../../../../platform/web';
import { caseQuery } from '../../api/cases';
import { ProtectionBadge, StatusBadge } from '../../components/cases/CaseBadges';
import { HistoryTab } from '../../components/cases/HistoryTab';
import { NotesTab } from '../../components/cases/NotesTab';
import { PlaceholderView } from '../../components/cases/PlaceholderView';
import { StatusActions } from '../../components/cases/StatusActions';
import { StatusStepper } from '../../components/cases/StatusStepper';
import { SummaryTab } from '../../components/cases/SummaryTab';
import { PlanTab } from '../../components/plan/PlanTab';
import { CaseReferralsTab } from '../../components/referrals/CaseReferralsTab';

/** One case: header, status steps, and its sections as tabs (or the placeholder of a restricted case). */
export function CaseDetailPage() {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useQuery(caseQuery(id));
  const crumbs = [{ label: t('home.title'), to: '/casework' }];
  const notice = (location.state as { opened?: boolean } | null) ?? {};

  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('cases.detail.title')} breadcrumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const c = query.data;
  const full = c.access.level === 'full';
  const tabs: TabItem[] = [
    { key: 'summary', label: t('cases.tabs.summary'), content: <SummaryTab c={c} /> },
    ...(c.access.sections.includes('plan') ? [{ key: 'plan', label: t('cases.tabs.plan'), content: <PlanTab c={c} /> }] : []),
    ...(full && (c.access.sections.includes('notes') || c.access.sections.includes('health')) ? [{ key: 'notes', label: t('cases.tabs.notes'), content: <NotesTab c={c} /> }] : []),
    ...(c.access.isLead && full ? [{ key: 'referrals', label: t('cases.tabs.referrals'), content: <CaseReferralsTab c={c} /> }] : []),
    { key: 'history', label: t('cases.tabs.history'), content: <HistoryTab caseId={c.id} /> },
  ];
  const visibleTabs = full ? tabs : tabs.filter((tab) => tab.key === 'plan' || tab.key === 'history');
  const active = params.get('tab') ?? visibleTabs[0]?.key ?? 'summary';

  return (
    <>
      <PageHeader
        title={t('cases.detail.titleWithReference', { reference: c.reference })}
        breadcrumbs={crumbs}
        lead={
          <>
            <StatusBadge status={c.status} />
            <ProtectionBadge protection={c.protection} />{' '}
            <span className="fs-6">
              {t('cases.detail.lead', { service: c.lead.serviceName, organization: c.lead.organizationName })} · {t('cases.detail.openedOn', { date: date(c.openedOn) })}
              {c.closedOn && ` · ${t('cases.detail.closedOn', { date: date(c.closedOn) })}`}
            </span>
          </>
        }
        actions={full ? <StatusActions c={c} /> : undefined}
      />
      <div role="status">
        {notice.opened && <div className="alert alert-success">{t('cases.open.done')}</div>}
        {c.access.emergency && <div className="alert alert-warning">{t('cases.emergency.active')}</div>}
      </div>
      <StatusStepper status={c.status} />
      {c.status === 'closed' && c.outcome && (
        <p className="alert alert-secondary">
          {t('cases.detail.outcome', { outcome: t(`cases.outcomes.${c.outcome}`) })}
          {c.closureNote && ` – ${c.closureNote}`}
        </p>
      )}
      {!full && <PlaceholderView c={c} />}
      <Tabs
        label={t('cases.tabs.label')}
        items={visibleTabs}
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

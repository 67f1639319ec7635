import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader, Tabs, type TabItem } from '../../../../../platform/web';
import { personQuery, type Person } from '../../api/persons';
import { CasesTab } from '../../components/persons/CasesTab';
import { ConsentsTab } from '../../components/persons/ConsentsTab';
import { HistoryTab } from '../../components/persons/HistoryTab';
import { HouseholdTab } from '../../components/persons/HouseholdTab';
import { IdentityCard } from '../../components/persons/IdentityCard';
import { LockoutsTab } from '../../components/persons/LockoutsTab';
import { PersonActions } from '../../components/persons/PersonActions';
import { TaxCodeWarnings } from '../../components/persons/TaxCodeWarnings';

export function PersonDetailPage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const person = useQuery(personQuery(id));
  const crumbs = [
    { label: t('nav.title'), to: '/casework' },
    { label: t('persons.title'), to: '/casework/persons' },
  ];
  const notice = (location.state as { created?: boolean; saved?: boolean; warnings?: Person['warnings'] } | null) ?? {};

  if (person.isPending) return <LoadingState />;
  if (person.isError)
    return (
      <>
        <PageHeader title={t('personDetail.title')} breadcrumbs={crumbs} />
        <ErrorState error={person.error} onRetry={() => void person.refetch()} />
      </>
    );
  const p = person.data;
  // The record's abilities are the rule the API enforces; lockouts are only for the registering organisation or a lead service.
  const tabs: TabItem[] = [
    { key: 'cases', label: t('personTabs.cases', { count: p.cases.length }), content: <CasesTab person={p} /> },
    { key: 'household', label: t('personTabs.household'), content: <HouseholdTab person={p} /> },
    { key: 'consents', label: t('personTabs.consents'), content: <ConsentsTab person={p} canManage={p.abilities.manageConsents} /> },
    ...(p.abilities.manageLockouts ? [{ key: 'lockouts', label: t('personTabs.lockouts'), content: <LockoutsTab person={p} canManage /> }] : []),
    { key: 'history', label: t('personTabs.history'), content: <HistoryTab personId={p.id} /> },
  ];
  return (
    <>
      <PageHeader title={`${p.givenName} ${p.familyName}`} breadcrumbs={crumbs} actions={<PersonActions person={p} />} />
      <div role="status">
        {notice.created && <div className="alert alert-success">{t('register.done')}</div>}
        {notice.saved && <div className="alert alert-success">{t('personEdit.done')}</div>}
        <TaxCodeWarnings warnings={notice.warnings} />
      </div>
      <section aria-labelledby="person-card-title" className="mb-4">
        <h2 id="person-card-title" className="h4">
          {t('personDetail.identity')}
        </h2>
        <IdentityCard person={p} />
      </section>
      <Tabs
        label={t('personTabs.label')}
        items={tabs}
        active={params.get('tab') ?? 'cases'}
        onChange={(tab) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
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

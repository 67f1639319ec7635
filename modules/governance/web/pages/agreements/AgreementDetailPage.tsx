import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader, Tabs } from '../../../../../platform/web';
import { agreementQuery } from '../../api/agreements';
import { AgreementStatusBadge, ExpiringBadge } from '../../components/agreements/AgreementBadges';
import { AgreementDataTab } from '../../components/agreements/AgreementDataTab';
import { AgreementDocumentsTab } from '../../components/agreements/AgreementDocumentsTab';
import { AgreementObligationsTab } from '../../components/agreements/AgreementObligationsTab';
import { AgreementPartiesTab } from '../../components/agreements/AgreementPartiesTab';
import { AgreementRenewalTab } from '../../components/agreements/AgreementRenewalTab';

const TABS = ['data', 'parties', 'obligations', 'documents', 'renewal'] as const;
type Tab = (typeof TABS)[number];

/** One agreement: its data, parties, obligations, documents and renewals, one tab each (kept in the URL). */
export function AgreementDetailPage() {
  const { t } = useTranslation('governance');
  const { id = '' } = useParams();
  const location = useLocation();
  const state = location.state as { created?: boolean; renewed?: boolean } | null;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'data';
  const agreement = useQuery(agreementQuery(id));
  const breadcrumbs = [{ label: t('agreements.title'), to: '/governance/agreements' }];

  if (agreement.isPending)
    return (
      <>
        <PageHeader title={t('agreements.detail.loadingTitle')} breadcrumbs={breadcrumbs} />
        <LoadingState />
      </>
    );
  if (agreement.isError)
    return (
      <>
        <PageHeader title={t('agreements.detail.errorTitle')} breadcrumbs={breadcrumbs} />
        <ErrorState error={agreement.error} onRetry={() => void agreement.refetch()} />
      </>
    );
  const a = agreement.data;
  const content = (key: Tab) => {
    if (key !== tab) return null;
    switch (key) {
      case 'data':
        return <AgreementDataTab agreement={a} />;
      case 'parties':
        return <AgreementPartiesTab agreement={a} />;
      case 'obligations':
        return <AgreementObligationsTab agreement={a} />;
      case 'documents':
        return <AgreementDocumentsTab agreement={a} />;
      case 'renewal':
        return <AgreementRenewalTab agreement={a} />;
    }
  };
  return (
    <>
      <PageHeader
        title={a.title}
        breadcrumbs={breadcrumbs}
        lead={
          <>
            {t(`agreements.kind.${a.kind}`)} <AgreementStatusBadge status={a.status} />
            {a.expiring && <ExpiringBadge />}
          </>
        }
      />
      <div aria-live="polite">
        {state?.created && <div className="alert alert-success">{t('agreements.detail.created')}</div>}
        {state?.renewed && <div className="alert alert-success">{t('agreements.detail.renewed')}</div>}
      </div>
      <Tabs
        label={t('agreements.detail.tabsLabel')}
        active={tab}
        onChange={(key) =>
          setParams(
            (prev) => {
              const p = new URLSearchParams(prev);
              if (key === 'data') p.delete('tab');
              else p.set('tab', key);
              return p;
            },
            { replace: true, state: location.state },
          )
        }
        items={TABS.map((key) => ({ key, label: t(`agreements.tabs.${key}`), content: content(key) }))}
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader, Tabs, useListParams } from '../../../../../platform/web';
import { CaseFilters } from '../../components/cases/CaseFilters';
import { CaseloadTable } from '../../components/cases/CaseloadTable';
import { HomeLinks } from '../../components/cases/HomeLinks';
import { RemindersPanel } from '../../components/cases/RemindersPanel';

const FILTERS = ['tab', 'status', 'protection', 'need', 'q'] as const;

/** My cases and my services' caseload, with reminders and shortcuts. */
export function CaseworkHomePage() {
  const { t } = useTranslation('casework');
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const scope = filters.tab === 'service' ? 'service' : 'mine';
  const caseFilters = { status: filters.status, protection: filters.protection, need: filters.need, q: filters.q };
  const panel = (s: 'mine' | 'service') => (
    <>
      <CaseFilters key={s} idPrefix={s} filters={caseFilters} onChange={setFilters} />
      <CaseloadTable scope={s} filters={caseFilters} page={page} onPageChange={setPage} />
    </>
  );
  return (
    <>
      <PageHeader title={t('home.title')} lead={t('home.lead')} />
      <HomeLinks />
      <div className="row g-4">
        <div className="col-12 col-xl-8">
          <h2 className="visually-hidden">{t('home.caseload')}</h2>
          <Tabs
            label={t('home.tabsLabel')}
            active={scope}
            onChange={(tab) => setFilters({ tab: tab === 'mine' ? '' : tab })}
            items={[
              { key: 'mine', label: t('home.tabs.mine'), content: scope === 'mine' ? panel('mine') : null },
              { key: 'service', label: t('home.tabs.service'), content: scope === 'service' ? panel('service') : null },
            ]}
          />
        </div>
        <div className="col-12 col-xl-4">
          <RemindersPanel />
        </div>
      </div>
    </>
  );
}

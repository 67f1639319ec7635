import { useTranslation } from 'react-i18next';
import { referralStatuses } from '../../../contract';
import { PageHeader, SelectField, Tabs, useListParams } from '../../../../../platform/web';
import { ReferralsTable } from '../../components/referrals/ReferralsTable';

/** The referral inbox of my services and the referrals they sent. */
export function ReferralsPage() {
  const { t } = useTranslation('casework');
  const { page, filters, setPage, setFilters } = useListParams(['box', 'status'] as const);
  const box = filters.box === 'outbox' ? 'outbox' : 'inbox';
  const panel = (
    <>
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField
            label={t('referrals.filterStatus')}
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            emptyLabel={t('referrals.allStatuses')}
            options={referralStatuses.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
          />
        </div>
      </div>
      <ReferralsTable box={box} status={filters.status} page={page} onPageChange={setPage} />
    </>
  );
  return (
    <>
      <PageHeader title={t('referrals.title')} lead={t('referrals.lead')} breadcrumbs={[{ label: t('home.title'), to: '/casework' }]} />
      <Tabs
        label={t('referrals.tabsLabel')}
        active={box}
        onChange={(b) => setFilters({ box: b === 'inbox' ? '' : b })}
        items={[
          { key: 'inbox', label: t('referrals.inbox'), content: box === 'inbox' ? panel : null },
          { key: 'outbox', label: t('referrals.outbox'), content: box === 'outbox' ? panel : null },
        ]}
      />
    </>
  );
}

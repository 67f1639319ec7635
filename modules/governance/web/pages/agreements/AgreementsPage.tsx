import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon, PageHeader, useListParams, usePermission } from '../../../../../platform/web';
import { AGREEMENT_FILTERS } from '../../api/agreements';
import { AgreementFilters } from '../../components/agreements/AgreementFilters';
import { AgreementsTable } from '../../components/agreements/AgreementsTable';

/** The register of agreements: memoranda of understanding, conventions, agreements between organisations. */
export function AgreementsPage() {
  const { t } = useTranslation('governance');
  const canManage = usePermission('governance.manage');
  const { page, filters, setPage, setFilters } = useListParams(AGREEMENT_FILTERS);
  return (
    <>
      <PageHeader
        title={t('agreements.title')}
        lead={t('agreements.lead')}
        actions={
          canManage && (
            <Link className="btn btn-primary btn-sm" to="/governance/agreements/new">
              <Icon name="it-plus" size="sm" color="white" className="me-1" />
              {t('agreements.new.open')}
            </Link>
          )
        }
      />
      <AgreementFilters filters={filters} onChange={setFilters} />
      <h2 className="h4">{t('agreements.listHeading')}</h2>
      <AgreementsTable filters={filters} page={page} onPageChange={setPage} />
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { actionItemStatuses } from '../../../contract';
import { CheckboxField, SelectField, TextField } from '../../../../../platform/web';
import { organizationOptionsQuery, roundtableOptionsQuery, type ActionFilters as Filters } from '../../api/actions';
import { agreementQuery } from '../../api/agreements';

type Props = { filters: Filters; onChange: (next: Partial<Filters>) => void };

/** Every filter applies at once and is kept in the URL. */
export function ActionFilters({ filters, onChange }: Props) {
  const { t } = useTranslation('governance');
  const tables = useQuery(roundtableOptionsQuery);
  const organizations = useQuery(organizationOptionsQuery);
  const agreement = useQuery({ ...agreementQuery(filters.agreementId), enabled: !!filters.agreementId });
  const active = Object.entries(filters).some(([k, v]) => k !== 'sort' && v);
  return (
    <form role="search" aria-label={t('actions.filters.label')} onSubmit={(e) => e.preventDefault()} className="mb-3">
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('actions.filters.table')}
            value={filters.roundtableId}
            onChange={(roundtableId) => onChange({ roundtableId })}
            emptyLabel={t('actions.filters.allTables')}
            options={(tables.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('actions.filters.organization')}
            value={filters.organizationId}
            onChange={(organizationId) => onChange({ organizationId })}
            emptyLabel={t('actions.filters.allOrganizations')}
            options={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('actions.filters.status')}
            value={filters.status}
            onChange={(status) => onChange({ status })}
            emptyLabel={t('actions.filters.allStatuses')}
            options={actionItemStatuses.map((s) => ({ value: s, label: t(`actions.status.${s}`) }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={t('actions.filters.dueFrom')} type="date" value={filters.dueFrom} onChange={(dueFrom) => onChange({ dueFrom })} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={t('actions.filters.dueTo')} type="date" value={filters.dueTo} onChange={(dueTo) => onChange({ dueTo })} />
        </div>
        <div className="col-12 col-md-6 col-lg-6">
          <div className="d-flex flex-wrap gap-4 mb-4 align-items-center">
            <CheckboxField label={t('actions.filters.mine')} checked={filters.mine === 'true'} onChange={(on) => onChange({ mine: on ? 'true' : '' })} />
            <CheckboxField label={t('actions.filters.overdue')} checked={filters.overdue === 'true'} onChange={(on) => onChange({ overdue: on ? 'true' : '' })} />
            {active && (
              <button
                type="button"
                className="btn btn-outline-secondary btn-sm"
                onClick={() => onChange({ roundtableId: '', organizationId: '', mine: '', status: '', dueFrom: '', dueTo: '', overdue: '', agreementId: '' })}
              >
                {t('common:actions.reset')}
              </button>
            )}
          </div>
        </div>
      </div>
      {filters.agreementId && (
        <p className="d-flex flex-wrap align-items-center gap-2">
          <span>{agreement.data ? t('actions.filters.agreementNamed', { title: agreement.data.title }) : t('actions.filters.agreementOnly')}</span>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => onChange({ agreementId: '' })}>
            {t('actions.filters.agreementClear')}
          </button>
        </p>
      )}
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementStatuses } from '../../../contract';
import { CheckboxField, SelectField, TextField } from '../../../../../platform/web';
import { organizationOptionsQuery } from '../../api/actions';
import { districtOptionsQuery, type AgreementFilters as Filters } from '../../api/agreements';

type Props = { filters: Filters; onChange: (next: Partial<Filters>) => void };

/** Selects apply at once; the text search on submit. */
export function AgreementFilters({ filters, onChange }: Props) {
  const { t } = useTranslation('governance');
  const [q, setQ] = useState(filters.q);
  const districts = useQuery(districtOptionsQuery);
  const organizations = useQuery(organizationOptionsQuery);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  const active = Object.values(filters).some(Boolean);
  return (
    <form role="search" aria-label={t('agreements.filters.label')} onSubmit={submit} className="mb-3">
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-6 col-lg-4">
          <div className="d-flex gap-2 align-items-end">
            <TextField label={t('agreements.filters.q')} type="search" value={q} onChange={setQ} className="flex-grow-1" maxLength={200} />
            <button type="submit" className="btn btn-outline-primary mb-4">
              {t('common:actions.search')}
            </button>
          </div>
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('agreements.filters.district')}
            value={filters.districtId}
            onChange={(districtId) => onChange({ districtId })}
            emptyLabel={t('agreements.filters.allDistricts')}
            options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('agreements.filters.organization')}
            value={filters.organizationId}
            onChange={(organizationId) => onChange({ organizationId })}
            emptyLabel={t('agreements.filters.allOrganizations')}
            options={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-4">
          <SelectField
            label={t('agreements.filters.status')}
            value={filters.status}
            onChange={(status) => onChange({ status })}
            emptyLabel={t('agreements.filters.allStatuses')}
            options={agreementStatuses.map((s) => ({ value: s, label: t(`agreements.status.${s}`) }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-8">
          <div className="d-flex flex-wrap gap-4 mb-4 align-items-center">
            <CheckboxField label={t('agreements.filters.expiring')} checked={filters.expiring === 'true'} onChange={(on) => onChange({ expiring: on ? 'true' : '' })} />
            {active && (
              <button
                type="button"
                className="btn btn-outline-secondary btn-sm"
                onClick={() => {
                  setQ('');
                  onChange({ q: '', districtId: '', organizationId: '', status: '', expiring: '' });
                }}
              >
                {t('common:actions.reset')}
              </button>
            )}
          </div>
        </div>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roundtableKinds } from '../../../contract';
import { CheckboxField, SelectField, TextField } from '../../../../../platform/web';
import { allNetworksQuery, districtsOptionsQuery, type TableFilters as Filters } from '../../api/tables';

type Props = { filters: Filters; onChange: (next: Partial<Filters>) => void };

/** Kind, district, network and archived apply at once; the name search on submit. */
export function TableFilters({ filters, onChange }: Props) {
  const { t } = useTranslation('governance');
  const [q, setQ] = useState(filters.q);
  const districts = useQuery(districtsOptionsQuery);
  const networks = useQuery(allNetworksQuery);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  return (
    <form role="search" aria-label={t('tables.list.filtersLabel')} onSubmit={submit} className="mb-2">
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-6 col-lg-4">
          <div className="d-flex gap-2 align-items-end">
            <TextField label={t('tables.list.search')} type="search" value={q} onChange={setQ} className="flex-grow-1" maxLength={200} />
            <button type="submit" className="btn btn-outline-primary mb-4">
              {t('common:actions.search')}
            </button>
          </div>
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField
            label={t('tables.fields.kind')}
            value={filters.kind}
            onChange={(kind) => onChange({ kind })}
            emptyLabel={t('tables.list.allKinds')}
            options={roundtableKinds.map((k) => ({ value: k, label: t(`tables.kinds.${k}`) }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-2">
          <SelectField
            label={t('tables.fields.district')}
            value={filters.districtId}
            onChange={(districtId) => onChange({ districtId })}
            emptyLabel={t('tables.list.allDistricts')}
            options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField
            label={t('tables.fields.network')}
            value={filters.networkId}
            onChange={(networkId) => onChange({ networkId })}
            emptyLabel={t('tables.list.allNetworks')}
            options={(networks.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
          />
        </div>
        <div className="col-12">
          <CheckboxField label={t('tables.list.showArchived')} checked={filters.archived === 'true'} onChange={(on) => onChange({ archived: on ? 'true' : '' })} className="mb-3" />
        </div>
      </div>
    </form>
  );
}

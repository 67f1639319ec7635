import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, needAreas, protectionLevels } from '../../../contract';
import { SelectField, TextField } from '../../../../../platform/web';
import type { CaseFilters as Filters } from '../../api/cases';

type Props = { filters: Filters; onChange: (next: Partial<Filters>) => void; idPrefix: string };

/** Status, protection and need area apply at once; the reference search on submit. */
export function CaseFilters({ filters, onChange, idPrefix }: Props) {
  const { t } = useTranslation('casework');
  const [q, setQ] = useState(filters.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  return (
    <form role="search" aria-label={t('home.filters.label')} onSubmit={submit} className="mb-2" id={`${idPrefix}-filters`}>
      <div className="row g-3 align-items-end">
        <div className="col-12 col-md-6 col-lg-3">
          <div className="d-flex gap-2 align-items-end">
            <TextField label={t('home.filters.reference')} type="search" value={q} onChange={setQ} className="flex-grow-1" maxLength={20} />
            <button type="submit" className="btn btn-outline-primary mb-4">
              {t('common:actions.search')}
            </button>
          </div>
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField
            label={t('home.filters.status')}
            value={filters.status}
            onChange={(status) => onChange({ status })}
            emptyLabel={t('home.filters.allStatuses')}
            options={caseStatuses.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField
            label={t('home.filters.protection')}
            value={filters.protection}
            onChange={(protection) => onChange({ protection })}
            emptyLabel={t('home.filters.allProtections')}
            options={protectionLevels.map((p) => ({ value: p, label: t(`cases.protection.${p}`) }))}
          />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField
            label={t('home.filters.need')}
            value={filters.need}
            onChange={(need) => onChange({ need })}
            emptyLabel={t('home.filters.allNeeds')}
            options={needAreas.map((n) => ({ value: n, label: t(`cases.needs.${n}`) }))}
          />
        </div>
      </div>
    </form>
  );
}

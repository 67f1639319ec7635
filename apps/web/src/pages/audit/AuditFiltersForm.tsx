import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../../../platform/web';
import type { AuditFilters } from './auditApi';

type Props = { filters: AuditFilters; onApply: (f: AuditFilters) => void };

/** Filters are applied on submit, so typing an action prefix does not fire a query per keystroke. */
export function AuditFiltersForm({ filters, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (name: keyof AuditFilters) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  const clear = () => onApply({ action: '', entityType: '', personalData: '', from: '', to: '' });
  const invalidRange = !!draft.from && !!draft.to && draft.from > draft.to;

  return (
    <form onSubmit={submit} aria-label={t('audit.filtersLabel')} className="bg-white p-3 pt-4 rounded shadow-sm mb-4">
      <div className="row g-3">
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={t('audit.fields.actionPrefix')} hint={t('audit.actionHint')} value={draft.action} onChange={set('action')} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={t('audit.fields.entityType')} hint={t('audit.entityTypeHint')} value={draft.entityType} onChange={set('entityType')} />
        </div>
        <div className="col-6 col-lg-3">
          <TextField label={t('audit.fields.from')} type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div className="col-6 col-lg-3">
          <TextField
            label={t('audit.fields.to')}
            type="date"
            value={draft.to}
            onChange={set('to')}
            error={invalidRange ? t('audit.invalidRange') : undefined}
          />
        </div>
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3">
        <CheckboxField
          label={t('audit.fields.personalDataOnly')}
          checked={draft.personalData === 'true'}
          onChange={(checked) => setDraft((d) => ({ ...d, personalData: checked ? 'true' : '' }))}
        />
        <div className="ms-auto d-flex gap-2">
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={clear}>
            {t('common:actions.reset')}
          </button>
          <button type="submit" className="btn btn-primary btn-sm" disabled={invalidRange}>
            {t('audit.apply')}
          </button>
        </div>
      </div>
    </form>
  );
}

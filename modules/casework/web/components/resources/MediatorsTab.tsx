import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Badge, DataTable, SelectField, usePermission } from '../../../../../platform/web';
import { mediatorsQuery, type Mediator } from '../../api/resources';
import { useIsoNames } from '../persons/isoNames';
import { MediatorForm } from './MediatorForm';

const column = createColumnHelper<Mediator>();

/** The pool of linguistic-cultural mediators, by language; managers add and edit them. */
export function MediatorsTab() {
  const { t } = useTranslation('casework');
  const iso = useIsoNames();
  const canAdd = usePermission('casework.resources.manage');
  const [page, setPage] = useState(1);
  const [language, setLanguage] = useState('');
  const [editing, setEditing] = useState<Mediator | 'new' | null>(null);
  const mediators = useQuery(mediatorsQuery({ language, active: 'all' }, page));
  const columns = useMemo(
    () => [
      column.accessor('displayName', {
        header: () => t('resources.mediatorName'),
        cell: (c) => (
          <>
            {c.getValue()}
            {!c.row.original.active && (
              <>
                {' '}
                <Badge tone="secondary">{t('resources.inactive')}</Badge>
              </>
            )}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('languages', { header: () => t('person.languages'), cell: (c) => c.getValue().map(iso.languageName).join(', ') }),
      column.accessor('organizationName', { header: () => t('resources.organization'), cell: (c) => c.getValue() ?? '—' }),
      column.display({
        id: 'contacts',
        header: () => t('personForm.contacts'),
        cell: (c) => [c.row.original.phone, c.row.original.email].filter(Boolean).join(' · ') || '—',
      }),
      column.display({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('resources.actions')}</span>,
        cell: (c) =>
          c.row.original.abilities.manage && (
            <button type="button" className="btn btn-outline-primary btn-xs py-1 px-2" onClick={() => setEditing(c.row.original)}>
              {t('common:actions.edit')}
              <span className="visually-hidden"> {c.row.original.displayName}</span>
            </button>
          ),
      }),
    ],
    [t, iso],
  );
  return (
    <>
      <div className="d-flex flex-wrap gap-3 align-items-end">
        <SelectField
          label={t('resources.filterLanguage')}
          emptyLabel={t('resources.allLanguages')}
          options={iso.languageOptions}
          value={language}
          onChange={(v) => {
            setLanguage(v);
            setPage(1);
          }}
        />
        {canAdd && editing === null && (
          <button type="button" className="btn btn-primary btn-sm mb-4" onClick={() => setEditing('new')}>
            {t('resources.addMediator')}
          </button>
        )}
      </div>
      {editing !== null && <MediatorForm mediator={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      <DataTable caption={t('resources.mediatorsCaption')} columns={columns} query={mediators} onPageChange={setPage} getRowId={(m) => m.id} emptyMessage={t('resources.mediatorsEmpty')} />
    </>
  );
}

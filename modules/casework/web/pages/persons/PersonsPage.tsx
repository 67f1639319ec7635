import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, Icon, PageHeader, TextField, useListParams, usePermission } from '../../../../../platform/web';
import { personsQuery, type PersonSummary } from '../../api/persons';
import { useIsoNames } from '../../components/persons/isoNames';
import { PersonName } from '../../components/persons/PersonName';
import { formatPartialDate } from '../../components/persons/partialDate';

const column = createColumnHelper<PersonSummary>();

export function PersonsPage() {
  const { t, i18n } = useTranslation('casework');
  const canRegister = usePermission('casework.cases.write');
  const iso = useIsoNames();
  const { page, filters, setPage, setFilters } = useListParams(['q', 'birthYear'] as const);
  const [q, setQ] = useState(filters.q);
  const [birthYear, setBirthYear] = useState(filters.birthYear);
  const persons = useQuery(personsQuery(filters.q, page, filters.birthYear));

  const columns = useMemo(
    () => [
      column.display({
        id: 'name',
        header: () => t('person.name'),
        cell: (c) => (
          <Link to={`/casework/persons/${c.row.original.id}`}>
            <PersonName person={c.row.original} />
          </Link>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('birthDate', { header: () => t('person.birthDate'), cell: (c) => formatPartialDate(c.getValue(), i18n.language) || '—' }),
      column.accessor('citizenships', { header: () => t('person.citizenships'), cell: (c) => c.getValue().map(iso.countryName).join(', ') || '—' }),
      column.accessor('registeredByServiceName', { header: () => t('person.registeredBy'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('visibleCases', { header: () => t('persons.casesCount'), cell: (c) => c.getValue(), meta: { className: 'text-end' } }),
    ],
    [t, i18n.language, iso],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim(), birthYear: /^\d{4}$/.test(birthYear.trim()) ? birthYear.trim() : '' });
  };

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        lead={t('persons.lead')}
        breadcrumbs={[{ label: t('nav.title'), to: '/casework' }]}
        actions={
          canRegister && (
            <Link to="/casework/persons/new" className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
              <Icon name="it-plus" color="white" size="sm" />
              {t('persons.register')}
            </Link>
          )
        }
      />
      <form role="search" aria-label={t('persons.searchLabel')} onSubmit={search} className="mb-2">
        <div className="d-flex gap-2 align-items-end col-12 col-lg-6">
          <TextField label={t('persons.search')} hint={t('persons.searchHint')} type="search" dir="auto" value={q} onChange={setQ} className="flex-grow-1" />
          <TextField label={t('persons.birthYear')} hint={t('persons.birthYearHint')} inputMode="numeric" value={birthYear} onChange={setBirthYear} className="col-4 col-md-3" />
          <button type="submit" className="btn btn-outline-primary mb-4">
            {t('common:actions.search')}
          </button>
        </div>
      </form>
      <DataTable
        caption={filters.q ? t('persons.captionSearch', { q: filters.q }) : t('persons.caption')}
        columns={columns}
        query={persons}
        onPageChange={setPage}
        getRowId={(p) => p.id}
        emptyMessage={filters.q ? t('persons.emptySearch') : t('persons.empty')}
      />
    </>
  );
}

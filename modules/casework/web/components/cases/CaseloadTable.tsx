import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, useFormat } from '../../../../../platform/web';
import { casesQuery, type CaseFilters, type CaseListItem } from '../../api/cases';
import { NeedsText, ProtectionBadge, StatusBadge } from './CaseBadges';

const column = createColumnHelper<CaseListItem>();

/** Who the case is about, or "Caso riservato" when the caller may not see it. */
export function SubjectName({ subject }: { subject: CaseListItem['subject'] }) {
  const { t } = useTranslation('casework');
  if (subject.hidden) return <span className="fst-italic">{t('cases.placeholderSubject')}</span>;
  return <>{subject.name}</>;
}

type Props = { scope: 'mine' | 'service'; filters: CaseFilters; page: number; onPageChange: (page: number) => void };

export function CaseloadTable({ scope, filters, page, onPageChange }: Props) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const cases = useQuery(casesQuery(scope, filters, page));
  const columns = useMemo(
    () => [
      column.accessor('reference', {
        header: () => t('cases.fields.reference'),
        cell: (c) => <Link to={`/casework/cases/${c.row.original.id}`}>{c.getValue()}</Link>,
        meta: { rowHeader: true },
      }),
      column.accessor('subject', { header: () => t('cases.fields.subject'), cell: (c) => <SubjectName subject={c.getValue()} /> }),
      column.accessor('status', {
        header: () => t('cases.fields.status'),
        cell: (c) => (
          <>
            <StatusBadge status={c.getValue()} />
            {c.row.original.protection === 'restricted' && <ProtectionBadge protection="restricted" />}
          </>
        ),
      }),
      column.accessor('needs', { header: () => t('cases.fields.needs'), cell: (c) => <NeedsText needs={c.getValue()} /> }),
      column.accessor('leadServiceName', {
        header: () => t('cases.fields.lead'),
        cell: (c) => (
          <>
            {c.getValue()}
            <span className="d-block small text-secondary">{c.row.original.leadOrganizationName}</span>
          </>
        ),
      }),
      column.accessor('openedOn', { header: () => t('cases.fields.openedOn'), cell: (c) => date(c.getValue()) }),
    ],
    [t, date],
  );
  return (
    <DataTable
      caption={scope === 'mine' ? t('home.mineCaption') : t('home.serviceCaption')}
      columns={columns}
      query={cases}
      onPageChange={onPageChange}
      getRowId={(c) => c.id}
      emptyMessage={scope === 'mine' ? t('home.mineEmpty') : t('home.serviceEmpty')}
    />
  );
}

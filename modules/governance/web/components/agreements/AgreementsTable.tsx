import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, useFormat } from '../../../../../platform/web';
import { agreementsQuery, type Agreement, type AgreementFilters } from '../../api/agreements';
import { AgreementStatusBadge, DaysToExpiry } from './AgreementBadges';

const column = createColumnHelper<Agreement>();

type Props = { filters: AgreementFilters; page: number; onPageChange: (page: number) => void };

export function AgreementsTable({ filters, page, onPageChange }: Props) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const agreements = useQuery(agreementsQuery(filters, page));
  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: () => t('agreements.fields.title'),
        cell: (c) => (
          <>
            <Link to={`/governance/agreements/${c.row.original.id}`}>{c.getValue()}</Link>
            <span className="d-block">
              <AgreementStatusBadge status={c.row.original.status} />
            </span>
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('kind', { header: () => t('agreements.fields.kind'), cell: (c) => t(`agreements.kind.${c.getValue()}`) }),
      column.accessor('parties', {
        header: () => t('agreements.fields.parties'),
        cell: (c) => (
          <ul className="list-unstyled mb-0 small">
            {c.getValue().map((p) => (
              <li key={p.organizationId}>{p.organizationName}</li>
            ))}
          </ul>
        ),
      }),
      column.accessor('validFrom', { header: () => t('agreements.fields.validFrom'), cell: (c) => date(c.getValue()) }),
      column.accessor('validTo', { header: () => t('agreements.fields.validTo'), cell: (c) => (c.getValue() ? date(c.getValue()) : '—') }),
      column.accessor('daysToExpiry', { header: () => t('agreements.fields.daysToExpiry'), cell: (c) => <DaysToExpiry agreement={c.row.original} /> }),
    ],
    [t, date],
  );
  return (
    <DataTable
      caption={t('agreements.caption')}
      columns={columns}
      query={agreements}
      onPageChange={onPageChange}
      getRowId={(a) => a.id}
      emptyMessage={Object.values(filters).some(Boolean) ? t('agreements.emptyFiltered') : t('agreements.empty')}
    />
  );
}

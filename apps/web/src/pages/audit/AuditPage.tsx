import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, Icon, PageHeader, toQueryString, useFormat, useListParams } from '../../../../../platform/web';
import { AuditFiltersForm } from './AuditFiltersForm';
import { auditListQuery, auditQueryParams, type AuditEntry, type AuditFilters } from './auditApi';
import { VerifyPanel } from './VerifyPanel';

const column = createColumnHelper<AuditEntry>();
const FILTERS = ['action', 'entityType', 'personalData', 'from', 'to'] as const;

export function AuditPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const entries = useQuery(auditListQuery(filters, page));
  const exportHref = `/api/audit/export.csv${toQueryString(auditQueryParams(filters))}`;

  const columns = useMemo(
    () => [
      column.accessor('seq', { header: () => t('audit.fields.seq'), meta: { rowHeader: true } }),
      column.accessor('at', { header: () => t('audit.fields.at'), cell: (c) => <span className="text-nowrap">{dateTime(c.getValue())}</span> }),
      column.accessor('actorLabel', { header: () => t('audit.fields.actor'), cell: (c) => c.getValue() ?? t('audit.system') }),
      column.accessor('action', { header: () => t('audit.fields.action'), cell: (c) => <code className="text-dark">{c.getValue()}</code> }),
      column.display({
        id: 'entity',
        header: () => t('audit.fields.entity'),
        cell: (c) => {
          const e = c.row.original;
          if (!e.entityType) return '—';
          return (
            <span className="small">
              {e.entityType}
              {e.entityId && <span className="d-block text-secondary text-break">{e.entityId}</span>}
            </span>
          );
        },
      }),
      column.accessor('personalData', { header: () => t('audit.fields.personalData'), cell: (c) => (c.getValue() ? t('common:yes') : t('common:no')) }),
      column.accessor('reason', { header: () => t('audit.fields.reason'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('ip', { header: () => t('audit.fields.ip'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('details', {
        header: () => t('audit.fields.details'),
        cell: (c) => {
          const d = c.getValue();
          if (!d || Object.keys(d).length === 0) return '—';
          return (
            <details>
              <summary>{t('audit.showDetails')}</summary>
              <pre className="small mb-0 mt-1" style={{ maxWidth: '24rem', whiteSpace: 'pre-wrap' }}>
                {JSON.stringify(d, null, 2)}
              </pre>
            </details>
          );
        },
      }),
    ],
    [t, dateTime],
  );

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        lead={t('audit.lead')}
        actions={
          <a href={exportHref} className="btn btn-outline-primary btn-sm d-inline-flex align-items-center gap-1" download>
            <Icon name="it-download" color="primary" size="sm" />
            {t('audit.export')}
          </a>
        }
      />
      <div className="mb-4">
        <VerifyPanel />
      </div>
      <AuditFiltersForm filters={filters as AuditFilters} onApply={(f) => setFilters(f)} />
      <DataTable caption={t('audit.caption')} columns={columns} query={entries} onPageChange={setPage} getRowId={(e) => String(e.seq)} emptyMessage={t('audit.empty')} />
    </>
  );
}

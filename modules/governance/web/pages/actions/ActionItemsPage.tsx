import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, PageHeader, useListParams, usePermission } from '../../../../../platform/web';
import { ACTION_FILTERS, actionItemsCsvUrl } from '../../api/actions';
import { ActionFilters } from '../../components/actions/ActionFilters';
import { ActionItemsTable } from '../../components/actions/ActionItemsTable';
import { NewActionDialog } from '../../components/actions/NewActionDialog';

/** "Azioni": every action item of the tables (and agreements) the caller sees, in one tracker. */
export function ActionItemsPage() {
  const { t } = useTranslation('governance');
  const canManage = usePermission('governance.manage');
  const { page, filters, setPage, setFilters } = useListParams(ACTION_FILTERS);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title={t('actions.title')}
        lead={t('actions.lead')}
        actions={
          <>
            <a className="btn btn-outline-primary btn-sm" href={actionItemsCsvUrl(filters)} download>
              <Icon name="it-download" size="sm" color="primary" className="me-1" />
              {t('actions.exportCsv')}
            </a>
            {canManage && (
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setCreating(true)}>
                <Icon name="it-plus" size="sm" color="white" className="me-1" />
                {t('actions.new.open')}
              </button>
            )}
          </>
        }
      />
      <div aria-live="polite">{created && <div className="alert alert-success">{t('actions.new.done', { title: created })}</div>}</div>
      <h2 className="visually-hidden">{t('actions.filters.label')}</h2>
      <ActionFilters filters={filters} onChange={setFilters} />
      <h2 className="h4">{t('actions.listHeading')}</h2>
      <ActionItemsTable filters={filters} page={page} onPageChange={setPage} onSortChange={(sort) => setFilters({ sort })} />
      {canManage && (
        <NewActionDialog
          isOpen={creating}
          onCancel={() => setCreating(false)}
          onDone={(title) => {
            setCreating(false);
            setCreated(title);
          }}
        />
      )}
    </>
  );
}

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, useErrorMessage } from '../../../../../platform/web';
import { updateRoundtable, type RoundtableDetail } from '../../api/tables';

/** The quorum rule in words ("Maggioranza", "Numero fisso: 5"). */
export function quorumText(t: (key: string, options?: Record<string, unknown>) => string, table: Pick<RoundtableDetail, 'quorumRule' | 'quorumFixed'>): string {
  return table.quorumRule === 'fixed' ? t('tables.quorum.fixedN', { n: table.quorumFixed ?? 0 }) : t(`tables.quorum.${table.quorumRule}`);
}

/** Mandate, coordinator, quorum and sub-groups; managers archive or restore the table. */
export function OverviewTab({ table }: { table: RoundtableDetail }) {
  const { t } = useTranslation('governance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const archive = useMutation({
    mutationFn: () => updateRoundtable(table.id, { archived: !table.archived }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['governance', 'roundtables', 'detail', table.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'roundtables', 'list'] });
      setConfirm(false);
    },
  });
  return (
    <div className="py-3">
      <h2 className="h4">{t('tables.overview.title')}</h2>
      <dl className="row">
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.kind')}</dt>
        <dd className="col-sm-8 col-lg-9">{t(`tables.kinds.${table.kind}`)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.coordinator')}</dt>
        <dd className="col-sm-8 col-lg-9">{table.coordinatingOrganizationName ?? '—'}</dd>
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.district')}</dt>
        <dd className="col-sm-8 col-lg-9">{table.districtName ?? '—'}</dd>
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.network')}</dt>
        <dd className="col-sm-8 col-lg-9">{table.networkId ? <Link to={`/governance/networks/${table.networkId}`}>{t('tables.overview.openNetwork')}</Link> : '—'}</dd>
        {table.parentId && (
          <>
            <dt className="col-sm-4 col-lg-3">{t('tables.fields.parent')}</dt>
            <dd className="col-sm-8 col-lg-9">
              <Link to={`/governance/tables/${table.parentId}`}>{t('tables.overview.openParent')}</Link>
            </dd>
          </>
        )}
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.quorumRule')}</dt>
        <dd className="col-sm-8 col-lg-9">{quorumText(t, table)}</dd>
        <dt className="col-sm-4 col-lg-3">{t('tables.fields.status')}</dt>
        <dd className="col-sm-8 col-lg-9">{table.archived ? <Badge tone="light">{t('tables.archived')}</Badge> : <Badge tone="success">{t('tables.active')}</Badge>}</dd>
      </dl>
      <h3 className="h5">{t('tables.fields.mandate')}</h3>
      {table.mandate ? <p style={{ whiteSpace: 'pre-wrap' }}>{table.mandate}</p> : <p className="text-secondary">{t('tables.overview.noMandate')}</p>}
      <h3 className="h5">{t('tables.overview.records')}</h3>
      <ul className="list-unstyled">
        <li>
          <Link to={`/governance/tables/${table.id}/decisions`}>{t('tables.overview.decisions')}</Link>
        </li>
        <li>
          <Link to={`/governance/action-items?roundtableId=${table.id}`}>{t('tables.overview.actionItems')}</Link>
        </li>
      </ul>
      <h3 className="h5">{t('tables.overview.subTables')}</h3>
      {table.subTables.length === 0 ? (
        <p className="text-secondary">{t('tables.overview.noSubTables')}</p>
      ) : (
        <ul>
          {table.subTables.map((s) => (
            <li key={s.id}>
              <Link to={`/governance/tables/${s.id}`}>{s.name}</Link> <span className="small text-secondary">({t(`tables.kinds.${s.kind}`)})</span>
              {s.archived && (
                <>
                  {' '}
                  <Badge tone="light">{t('tables.archived')}</Badge>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {table.abilities.update && (
        <div className="mt-4">
          <button type="button" className={`btn btn-sm ${table.archived ? 'btn-outline-primary' : 'btn-outline-danger'}`} onClick={() => setConfirm(true)}>
            {table.archived ? t('tables.overview.restore') : t('tables.overview.archive')}
          </button>
        </div>
      )}
      <ConfirmDialog
        isOpen={confirm}
        title={table.archived ? t('tables.overview.restoreTitle') : t('tables.overview.archiveTitle')}
        confirmLabel={table.archived ? t('tables.overview.restore') : t('tables.overview.archive')}
        danger={!table.archived}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onCancel={() => {
          setConfirm(false);
          archive.reset();
        }}
      >
        <p>{table.archived ? t('tables.overview.restoreText', { name: table.name }) : t('tables.overview.archiveText', { name: table.name })}</p>
        {archive.isError && (
          <p className="text-danger" role="alert">
            {errorMessage(archive.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

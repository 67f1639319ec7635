import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  EmptyState,
  ErrorState,
  FormErrorSummary,
  Icon,
  LoadingState,
  PageHeader,
  SelectField,
  TextField,
  todayIso,
  useErrorMessage,
  useFormat,
} from '../../../../../platform/web';
import { networkQuery, organizationsOptionsQuery, replaceNetworkOrganizations, type NetworkDetail } from '../../api/tables';

const NO_FIELD_ERRORS: Record<string, string> = {};

type Row = { organizationId: string; organizationName: string | null; joinedOn: string };

/** The organisations of the network, edited as a list and saved at once (PUT replaces the whole set). */
function OrganizationsEditor({ network, onDone }: { network: NetworkDetail; onDone: () => void }) {
  const { t } = useTranslation('governance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const organizations = useQuery(organizationsOptionsQuery);
  const [rows, setRows] = useState<Row[]>(network.organizations.map((o) => ({ ...o })));
  const [adding, setAdding] = useState('');
  const save = useMutation({
    mutationFn: () => replaceNetworkOrganizations(network.id, { organizations: rows.map((r) => ({ organizationId: r.organizationId, joinedOn: r.joinedOn || undefined })) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['governance', 'networks', 'detail', network.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'networks', 'list'] });
      onDone();
    },
  });
  const available = (organizations.data?.items ?? []).filter((o) => !rows.some((r) => r.organizationId === o.id));
  const add = () => {
    const org = organizations.data?.items.find((o) => o.id === adding);
    if (!org) return;
    setRows((prev) => [...prev, { organizationId: org.id, organizationName: org.name, joinedOn: todayIso() }]);
    setAdding('');
  };
  return (
    <section aria-labelledby="network-orgs-edit" className="border rounded p-3 bg-light">
      <h2 id="network-orgs-edit" className="h4">
        {t('tables.networks.editOrganizations')}
      </h2>
      {save.isError && <FormErrorSummary message={errorMessage(save.error)} fieldErrors={NO_FIELD_ERRORS} />}
      {rows.length === 0 ? (
        <EmptyState message={t('tables.networks.noOrganizations')} />
      ) : (
        <ul className="list-unstyled">
          {rows.map((r) => (
            <li key={r.organizationId} className="d-flex flex-wrap align-items-end gap-3 border-bottom pb-2 mb-2">
              <span className="fw-semibold flex-grow-1 mb-2">{r.organizationName ?? r.organizationId}</span>
              <TextField
                label={t('tables.networks.joinedOnOf', { name: r.organizationName ?? '' })}
                type="date"
                value={r.joinedOn}
                onChange={(joinedOn) => setRows((prev) => prev.map((x) => (x.organizationId === r.organizationId ? { ...x, joinedOn } : x)))}
                className="mb-0"
              />
              <button
                type="button"
                className="btn btn-outline-danger btn-sm mb-1"
                onClick={() => setRows((prev) => prev.filter((x) => x.organizationId !== r.organizationId))}
                aria-label={t('tables.networks.removeOf', { name: r.organizationName ?? '' })}
              >
                {t('common:actions.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="d-flex flex-wrap align-items-end gap-2">
        <SelectField
          label={t('tables.networks.addOrganization')}
          value={adding}
          onChange={setAdding}
          emptyLabel={t('tables.form.chooseOrganization')}
          options={available.map((o) => ({ value: o.id, label: o.name }))}
          className="flex-grow-1"
        />
        <button type="button" className="btn btn-outline-primary mb-4" onClick={add} disabled={!adding}>
          {t('tables.networks.add')}
        </button>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" onClick={() => save.mutate()} disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </section>
  );
}

/** One network: scope, description, organisations with joining dates, the link to its graph. */
export function NetworkDetailPage() {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const { id = '' } = useParams();
  const query = useQuery(networkQuery(id));
  const [editing, setEditing] = useState(false);
  const crumbs = [
    { label: t('tables.list.title'), to: '/governance' },
    { label: t('tables.networks.title'), to: '/governance/networks' },
  ];
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('tables.networks.detailTitle')} breadcrumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const n = query.data;
  return (
    <>
      <PageHeader
        title={n.name}
        breadcrumbs={crumbs}
        lead={n.districtName ?? (n.regionCode ? t('tables.networks.region', { code: n.regionCode }) : t('tables.networks.platformWide'))}
        actions={
          <>
            <Link to={`/governance/networks/${n.id}/graph`} className="btn btn-outline-primary">
              <Icon name="it-share" size="sm" color="primary" className="me-1" />
              {t('tables.networks.graph')}
            </Link>
            <Link to={`/governance?networkId=${n.id}`} className="btn btn-outline-primary">
              {t('tables.networks.tables')}
            </Link>
          </>
        }
      />
      {n.description && <p style={{ whiteSpace: 'pre-wrap' }}>{n.description}</p>}
      {editing ? (
        <OrganizationsEditor network={n} onDone={() => setEditing(false)} />
      ) : (
        <section aria-labelledby="network-orgs">
          <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
            <h2 id="network-orgs" className="h4 mb-0">
              {t('tables.networks.organizations')}
            </h2>
            {n.abilities.update && (
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing(true)}>
                {t('tables.networks.editOrganizations')}
              </button>
            )}
          </div>
          {n.organizations.length === 0 ? (
            <EmptyState message={t('tables.networks.noOrganizations')} />
          ) : (
            <div className="table-responsive">
              <table className="table align-middle">
                <caption className="visually-hidden">{t('tables.networks.organizationsCaption', { name: n.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tables.networks.organization')}</th>
                    <th scope="col">{t('tables.networks.joinedOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {n.organizations.map((o) => (
                    <tr key={o.organizationId}>
                      <th scope="row">{o.organizationName ?? '—'}</th>
                      <td>{date(o.joinedOn)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}

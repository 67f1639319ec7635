import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { apiFetch, ConfirmDialog, DataTable, ErrorState, useFormat } from '../../../../platform/web';
import { membersQuery, type Member, type Organization } from '../api';
import { AddMemberForm } from './AddMemberForm';

const column = createColumnHelper<Member>();

export function MembersTab({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const { date } = useFormat();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const members = useQuery(membersQuery(org.id, page));
  const canManage = org.abilities.manageMembers && !org.archived;

  const remove = useMutation({
    mutationFn: (m: Member) => apiFetch(`/api/organizations/${org.id}/members/${m.id}`, { method: 'DELETE' }),
    onSuccess: (_r, m) => {
      setRemoved(m.displayName);
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
    },
  });

  // Columns must keep their identity: TanStack renders cell functions as components, so new ones would
  // remount every cell (and drop keyboard focus) on each render. Only stable values go in the deps.
  const resetRemove = remove.reset;
  const columns = useMemo(
    () => [
      column.accessor('displayName', { header: () => t('members.displayName'), meta: { rowHeader: true } }),
      column.accessor('email', { header: () => t('fields.email'), cell: (c) => <span className="text-break">{c.getValue()}</span> }),
      column.accessor('roles', {
        header: () => t('members.role'),
        cell: (c) => c.getValue().map((r) => t(`common:roles.${r.role}`, { defaultValue: r.role })).join(', ') || '—',
      }),
      column.accessor('jobTitle', { header: () => t('members.jobTitle'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('validFrom', { header: () => t('members.since'), cell: (c) => date(c.getValue()) }),
      ...(canManage
        ? [
            column.display({
              id: 'actions',
              header: () => <span className="visually-hidden">{t('members.actions')}</span>,
              cell: (c) => (
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  onClick={() => {
                    resetRemove();
                    setRemoved(null);
                    setRemoving(c.row.original);
                  }}
                >
                  {t('common:actions.remove')}
                  <span className="visually-hidden"> {c.row.original.displayName}</span>
                </button>
              ),
            }),
          ]
        : []),
    ],
    [t, date, canManage, resetRemove],
  );

  return (
    <div>
      <h2 className="visually-hidden">{t('tabs.members')}</h2>
      <div role="status">{removed && <div className="alert alert-success">{t('members.removed', { name: removed })}</div>}</div>
      <DataTable caption={t('members.caption', { name: org.name })} columns={columns} query={members} onPageChange={setPage} getRowId={(m) => m.id} emptyMessage={t('members.empty')} />
      {canManage && <AddMemberForm org={org} />}
      {removing && (
        <ConfirmDialog
          isOpen
          danger
          title={t('members.removeTitle')}
          confirmLabel={t('common:actions.remove')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('members.removeText', { name: removing.displayName, org: org.name })}</p>
          {remove.isError && <ErrorState error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}

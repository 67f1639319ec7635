import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, EmptyState, useErrorMessage, useFormat } from '../../../../../platform/web';
import { organizationStaffQuery, removeMember, type RoundtableDetail, type TableMember } from '../../api/tables';
import { MemberForm } from './MemberForm';

/** A delegate's name when the organisation's staff can be listed (managers); otherwise just "designated". */
function PersonName({ organizationId, userId, lookUp }: { organizationId: string | null; userId: string | null; lookUp: boolean }) {
  const { t } = useTranslation('governance');
  const staff = useQuery({ ...organizationStaffQuery(organizationId ?? ''), enabled: lookUp && !!organizationId && !!userId });
  if (!userId) return <span className="text-secondary">—</span>;
  const person = staff.data?.items.find((s) => s.userId === userId);
  return <>{person ? person.displayName : t('tables.members.designated')}</>;
}

/** Who sits at the table; managers seat, change and remove members. */
export function MembersTab({ table }: { table: RoundtableDetail }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const canManage = table.abilities.manageMembers && !table.archived;
  const [editing, setEditing] = useState<TableMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<TableMember | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useMutation({
    mutationFn: (m: TableMember) => removeMember(table.id, m.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'roundtables', 'detail', table.id] });
      setRemoving(null);
      setNotice(t('tables.members.removed'));
    },
  });
  const nameOf = (m: TableMember) => m.organizationName ?? m.expertName ?? '—';
  return (
    <div className="py-3">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h2 className="h4 mb-0">{t('tables.members.title')}</h2>
        {canManage && editing === null && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>
            {t('tables.members.add')}
          </button>
        )}
      </div>
      <div role="status">{notice && <div className="alert alert-success py-2">{notice}</div>}</div>
      {editing !== null && (
        <MemberForm
          key={editing === 'new' ? 'new' : editing.id}
          tableId={table.id}
          member={editing === 'new' ? null : editing}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {table.members.length === 0 ? (
        <EmptyState message={t('tables.members.empty')} />
      ) : (
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="visually-hidden">{t('tables.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tables.members.member')}</th>
                <th scope="col">{t('tables.members.delegate')}</th>
                <th scope="col">{t('tables.members.substitute')}</th>
                <th scope="col">{t('tables.members.role')}</th>
                <th scope="col">{t('tables.members.mandate')}</th>
                {canManage && <th scope="col">{t('tables.members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {table.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {nameOf(m)}
                    {!m.organizationId && <span className="d-block small text-secondary">{t('tables.members.seats.expert')}</span>}
                  </th>
                  <td>
                    <PersonName organizationId={m.organizationId} userId={m.delegateUserId} lookUp={table.abilities.manageMembers} />
                  </td>
                  <td>
                    <PersonName organizationId={m.organizationId} userId={m.substituteUserId} lookUp={table.abilities.manageMembers} />
                  </td>
                  <td>{t(`tables.roles.${m.role}`)}</td>
                  <td>{m.mandateTo ? t('tables.members.mandateRange', { from: date(m.mandateFrom), to: date(m.mandateTo) }) : t('tables.members.mandateOpen', { from: date(m.mandateFrom) })}</td>
                  {canManage && (
                    <td>
                      <div className="d-flex flex-wrap gap-1">
                        <button type="button" className="btn btn-outline-primary btn-xs btn-sm" onClick={() => setEditing(m)} aria-label={t('tables.members.editOf', { name: nameOf(m) })}>
                          {t('common:actions.edit')}
                        </button>
                        <button type="button" className="btn btn-outline-danger btn-xs btn-sm" onClick={() => setRemoving(m)} aria-label={t('tables.members.removeOf', { name: nameOf(m) })}>
                          {t('common:actions.remove')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('tables.members.removeTitle')}
        confirmLabel={t('common:actions.remove')}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <p>{removing && t('tables.members.removeText', { name: nameOf(removing) })}</p>
        {remove.isError && (
          <p className="text-danger" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

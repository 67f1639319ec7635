import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, EmptyState, Icon, useErrorMessage } from '../../../../../platform/web';
import { agendaOf, removeAgendaItem, reorderAgenda, type AgendaItem, type MeetingDetail } from '../../api/meetings';
import { AgendaItemForm } from './AgendaItemForm';
import { DocumentsList } from './DocumentsList';

/** The agenda in order; managers add, edit, remove and move items, and attach documents. */
export function AgendaTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('governance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const canManage = meeting.abilities.manage && meeting.status !== 'cancelled';
  const items = agendaOf(meeting);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [notice, setNotice] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['governance', 'meetings', 'detail', meeting.id] });
  const reorder = useMutation({
    mutationFn: (ids: string[]) => reorderAgenda(meeting.id, ids),
    onSuccess: (saved) => queryClient.setQueryData(['governance', 'meetings', 'detail', meeting.id], saved),
    onError: (error) => setNotice(errorMessage(error)),
  });
  const remove = useMutation({
    mutationFn: (item: AgendaItem) => removeAgendaItem(meeting.id, item.id),
    onSuccess: () => {
      void refresh();
      setRemoving(null);
      setNotice(t('meetings.agenda.removed'));
    },
  });
  const move = (index: number, delta: number) => {
    const ids = items.map((i) => i.id);
    const target = index + delta;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    setNotice(t('meetings.agenda.moved', { title: items[index]!.title, position: target + 1 }));
    reorder.mutate(ids);
  };
  const done = (message: string | null) => {
    setEditing(null);
    if (message) setNotice(message);
  };
  return (
    <div className="py-3">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h2 className="h4 mb-0">{t('meetings.agenda.title')}</h2>
        {canManage && editing === null && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>
            {t('meetings.agenda.add')}
          </button>
        )}
      </div>
      <div role="status" className="small mb-2">
        {notice}
      </div>
      {editing === 'new' && <AgendaItemForm meetingId={meeting.id} item={null} onDone={done} />}
      {items.length === 0 ? (
        <EmptyState message={t('meetings.agenda.empty')} />
      ) : (
        <ol className="list-group list-group-numbered mb-4" aria-busy={reorder.isPending}>
          {items.map((item, index) => {
            const carried = item.kind === 'action_review' || !!item.actionItemId;
            return (
              <li key={item.id} className="list-group-item">
                <div className="ms-2">
                  <div className="d-flex flex-wrap justify-content-between gap-2">
                    <h3 className="h6 mb-1">
                      {item.title}{' '}
                      {carried && <Badge tone="warning">{t('meetings.agenda.carried')}</Badge>}
                      {item.kind === 'minutes_approval' && <Badge tone="light">{t('meetings.agenda.minutesApproval')}</Badge>}
                    </h3>
                    {canManage && editing !== item.id && (
                      <div className="d-flex flex-wrap gap-1">
                        <button
                          type="button"
                          className="btn btn-outline-secondary btn-sm"
                          disabled={index === 0 || reorder.isPending}
                          onClick={() => move(index, -1)}
                          aria-label={t('meetings.agenda.moveUpOf', { title: item.title })}
                        >
                          <Icon name="it-arrow-up" size="sm" />
                        </button>
                        <button
                          type="button"
                          className="btn btn-outline-secondary btn-sm"
                          disabled={index === items.length - 1 || reorder.isPending}
                          onClick={() => move(index, 1)}
                          aria-label={t('meetings.agenda.moveDownOf', { title: item.title })}
                        >
                          <Icon name="it-arrow-down" size="sm" />
                        </button>
                        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(item.id)} aria-label={t('meetings.agenda.editOf', { title: item.title })}>
                          {t('common:actions.edit')}
                        </button>
                        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRemoving(item)} aria-label={t('meetings.agenda.removeOf', { title: item.title })}>
                          {t('common:actions.remove')}
                        </button>
                      </div>
                    )}
                  </div>
                  {(item.presenter || item.durationMinutes) && (
                    <p className="small text-secondary mb-1">
                      {item.presenter && t('meetings.agenda.presentedBy', { name: item.presenter })}
                      {item.presenter && item.durationMinutes ? ' · ' : ''}
                      {item.durationMinutes ? t('meetings.agenda.minutes', { count: item.durationMinutes }) : ''}
                    </p>
                  )}
                  {item.description && (
                    <p className="mb-1" style={{ whiteSpace: 'pre-wrap' }}>
                      {item.description}
                    </p>
                  )}
                  {editing === item.id && <AgendaItemForm meetingId={meeting.id} item={item} onDone={done} />}
                  <DocumentsList meetingId={meeting.id} agendaItemId={item.id} documents={item.documents} canManage={canManage} context={item.title} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <section aria-labelledby="meeting-docs">
        <h3 id="meeting-docs" className="h5">
          {t('meetings.documents.meetingTitle')}
        </h3>
        {meeting.documents.length === 0 && !canManage && <EmptyState message={t('meetings.documents.empty')} />}
        <DocumentsList meetingId={meeting.id} agendaItemId={null} documents={meeting.documents} canManage={canManage} context={t('meetings.documents.meetingContext')} />
      </section>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('meetings.agenda.removeTitle')}
        confirmLabel={t('common:actions.remove')}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <p>{removing && t('meetings.agenda.removeText', { title: removing.title })}</p>
        {remove.isError && (
          <p className="text-danger" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

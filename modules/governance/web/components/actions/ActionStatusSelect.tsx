import { useId } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { actionItemStatuses } from '../../../contract';
import { updateActionItem, type ActionItem, type ActionItemStatus } from '../../api/actions';

type Props = { item: Pick<ActionItem, 'id' | 'title' | 'status'>; onError: (error: unknown) => void; onSaved?: () => void };

/** Changes the status in place; the server decides who may (manager, owner person, owner organisation's staff). */
export function ActionStatusSelect({ item, onError, onSaved }: Props) {
  const { t } = useTranslation('governance');
  const id = useId();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (status: ActionItemStatus) => updateActionItem(item.id, { status }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'action-items'] });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements'] });
      onSaved?.();
    },
    onError,
  });
  return (
    <div className="select-wrapper mt-1">
      <label htmlFor={id} className="visually-hidden">
        {t('actions.statusOf', { title: item.title })}
      </label>
      <select
        id={id}
        className="form-select form-select-sm"
        value={save.isPending && save.variables ? save.variables : item.status}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.target.value as ActionItemStatus)}
      >
        {actionItemStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`actions.status.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Whether to offer the inline select: managers edit everything, owners the status only. */
export function mayChangeStatus(item: ActionItem): boolean {
  return item.abilities.edit || item.abilities.changeStatus;
}

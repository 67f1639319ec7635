import { type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agendaItemBody } from '../../../contract';
import { FormErrorSummary, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { addAgendaItem, updateAgendaItem, type AgendaItem } from '../../api/meetings';

type Values = { title: string; presenter: string; durationMinutes: string; description: string };

/** Add an agenda item, or change one (title, presenter, minutes, description). */
export function AgendaItemForm({ meetingId, item, onDone }: { meetingId: string; item: AgendaItem | null; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    title: item?.title ?? '',
    presenter: item?.presenter ?? '',
    durationMinutes: item?.durationMinutes != null ? String(item.durationMinutes) : '',
    description: item?.description ?? '',
  });
  const { values } = form;
  const save = useMutation({
    mutationFn: (body: Parameters<typeof addAgendaItem>[1]) => (item ? updateAgendaItem(meetingId, item.id, body) : addAgendaItem(meetingId, body)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings', 'detail', meetingId] });
      onDone(item ? t('meetings.agenda.updated') : t('meetings.agenda.added'));
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      title: values.title,
      presenter: values.presenter,
      durationMinutes: values.durationMinutes ? Number(values.durationMinutes) : null,
      description: values.description,
    };
    const parsed = form.validate(agendaItemBody, body);
    if (parsed) save.mutate(parsed);
  };
  const titleId = item ? `agenda-edit-${item.id}` : 'agenda-add';
  const labels: Record<string, string> = {
    title: t('meetings.agenda.itemTitle'),
    presenter: t('meetings.agenda.presenter'),
    durationMinutes: t('meetings.agenda.duration'),
    description: t('meetings.agenda.description'),
  };
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 my-2 bg-light" aria-labelledby={titleId}>
      <h3 id={titleId} className="h6">
        {item ? t('meetings.agenda.editTitle') : t('meetings.agenda.addTitle')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-lg-6">
          <TextField label={labels.title!} required maxLength={300} {...form.field('title')} />
        </div>
        <div className="col-8 col-lg-4">
          <TextField label={labels.presenter!} maxLength={200} {...form.field('presenter')} />
        </div>
        <div className="col-4 col-lg-2">
          <TextField label={labels.durationMinutes!} type="number" min={1} max={600} inputMode="numeric" {...form.field('durationMinutes')} />
        </div>
        <div className="col-12">
          <TextAreaField label={labels.description!} rows={2} maxLength={4000} {...form.field('description')} />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : item ? t('common:actions.save') : t('meetings.agenda.add')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

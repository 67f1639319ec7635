import { type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingModes, meetingUpdateBody } from '../../../contract';
import { FormErrorSummary, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { fromInstant, toInstant, updateMeeting, type MeetingDetail, type MeetingMode } from '../../api/meetings';

type Values = { title: string; date: string; startTime: string; endTime: string; mode: string; place: string; onlineUrl: string; notes: string };

/** Title, times, mode and place of one meeting (managers); saving raises the iCalendar sequence server-side. */
export function MeetingEditForm({ meeting, onDone }: { meeting: MeetingDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const start = fromInstant(meeting.startsAt);
  const end = fromInstant(meeting.endsAt);
  const form = useForm<Values>({
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    mode: meeting.mode,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    notes: meeting.notes ?? '',
  });
  const { values } = form;
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateMeeting>[1]) => updateMeeting(meeting.id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['governance', 'meetings', 'detail', meeting.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings'] });
      onDone(true);
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      title: values.title,
      startsAt: values.date && values.startTime ? toInstant(values.date, values.startTime) : '',
      endsAt: values.date && values.endTime ? toInstant(values.date, values.endTime) : '',
      mode: values.mode as MeetingMode,
      place: values.place.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      notes: values.notes.trim() || null,
    };
    const parsed = form.validate(meetingUpdateBody, body);
    if (parsed) save.mutate(parsed);
  };
  const labels: Record<string, string> = {
    title: t('meetings.fields.title'),
    startsAt: t('meetings.fields.startTime'),
    endsAt: t('meetings.fields.endTime'),
    mode: t('meetings.fields.mode'),
    place: t('meetings.fields.place'),
    onlineUrl: t('meetings.fields.onlineUrl'),
    notes: t('meetings.fields.notes'),
  };
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4 bg-light" aria-labelledby="meeting-edit-title">
      <h2 id="meeting-edit-title" className="h4">
        {t('meetings.edit.title')}
      </h2>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12">
          <TextField label={labels.title!} required maxLength={300} {...form.field('title')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={t('meetings.fields.date')} type="date" required {...form.field('date')} error={form.fieldErrors.startsAt} />
        </div>
        <div className="col-6 col-md-4">
          <TextField label={t('meetings.fields.startTime')} type="time" required {...form.field('startTime')} />
        </div>
        <div className="col-6 col-md-4">
          <TextField label={t('meetings.fields.endTime')} type="time" required {...form.field('endTime')} error={form.fieldErrors.endsAt} />
        </div>
        <fieldset className="col-12 mb-3">
          <legend className="h6">{labels.mode}</legend>
          {meetingModes.map((m) => (
            <div key={m} className="form-check form-check-inline">
              <input id={`edit-mode-${m}`} type="radio" name="edit-mode" value={m} checked={values.mode === m} onChange={() => form.set('mode', m)} />
              <label htmlFor={`edit-mode-${m}`}>{t(`meetings.modes.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="col-12 col-lg-6">
          <TextField label={labels.place!} maxLength={500} {...form.field('place')} />
        </div>
        <div className="col-12 col-lg-6">
          <TextField label={labels.onlineUrl!} type="url" hint={t('meetings.form.onlineUrlHint')} maxLength={1000} {...form.field('onlineUrl')} />
        </div>
        <div className="col-12">
          <TextAreaField label={labels.notes!} rows={3} maxLength={8000} {...form.field('notes')} />
        </div>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onDone(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingBody, meetingModes, recurrenceFrequencies } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, todayIso, useForm } from '../../../../../platform/web';
import { createMeeting, toInstant, type AgendaItemBody, type MeetingBody, type MeetingMode, type RecurrenceFrequency } from '../../api/meetings';

type Values = {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  mode: string;
  place: string;
  onlineUrl: string;
  notes: string;
  frequency: string;
  count: string;
};

type DraftItem = { key: number; title: string; presenter: string; durationMinutes: string };

/** "Pianifica riunione": one meeting or a series, with the first agenda items. */
export function MeetingScheduleForm({ tableId, onCancel }: { tableId: string; onCancel: () => void }) {
  const { t } = useTranslation('governance');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ title: '', date: todayIso(), startTime: '10:00', endTime: '12:00', mode: 'in_person', place: '', onlineUrl: '', notes: '', frequency: '', count: '4' });
  const { values } = form;
  const [items, setItems] = useState<DraftItem[]>([{ key: 1, title: '', presenter: '', durationMinutes: '' }]);
  const [nextKey, setNextKey] = useState(2);
  const create = useMutation({
    mutationFn: (body: MeetingBody) => createMeeting(tableId, body),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings'] });
      navigate(`/governance/meetings/${meeting.id}`, { state: { created: true, series: meeting.seriesMeetingIds?.length ?? 0 } });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const agenda: AgendaItemBody[] = items
      .filter((i) => i.title.trim())
      .map((i) => ({ title: i.title.trim(), presenter: i.presenter.trim() || null, durationMinutes: i.durationMinutes ? Number(i.durationMinutes) : null }));
    const body: MeetingBody = {
      title: values.title.trim(),
      startsAt: values.date && values.startTime ? toInstant(values.date, values.startTime) : '',
      endsAt: values.date && values.endTime ? toInstant(values.date, values.endTime) : '',
      mode: values.mode as MeetingMode,
      place: values.place.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      notes: values.notes.trim() || null,
      ...(values.frequency ? { recurrence: { frequency: values.frequency as RecurrenceFrequency, interval: 1, count: Number(values.count) || 2 } } : {}),
      ...(agenda.length ? { agenda } : {}),
    };
    const parsed = form.validate(meetingBody, body);
    if (parsed) create.mutate(parsed);
  };
  const labels: Record<string, string> = {
    title: t('meetings.fields.title'),
    date: t('meetings.fields.date'),
    startTime: t('meetings.fields.startTime'),
    endTime: t('meetings.fields.endTime'),
    startsAt: t('meetings.fields.startTime'),
    endsAt: t('meetings.fields.endTime'),
    mode: t('meetings.fields.mode'),
    place: t('meetings.fields.place'),
    onlineUrl: t('meetings.fields.onlineUrl'),
    notes: t('meetings.fields.notes'),
    frequency: t('meetings.fields.recurrence'),
    'recurrence.count': t('meetings.fields.count'),
    count: t('meetings.fields.count'),
    agenda: t('meetings.form.agendaLegend'),
  };
  const setItem = (key: number, patch: Partial<DraftItem>) => setItems((prev) => prev.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4 bg-light" aria-labelledby="schedule-title">
      <h3 id="schedule-title" className="h5">
        {t('meetings.form.scheduleTitle')}
      </h3>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12">
          <TextField label={labels.title!} required maxLength={300} {...form.field('title')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.date!} type="date" required {...form.field('date')} error={form.fieldErrors.date ?? form.fieldErrors.startsAt} />
        </div>
        <div className="col-6 col-md-4">
          <TextField label={labels.startTime!} type="time" required {...form.field('startTime')} />
        </div>
        <div className="col-6 col-md-4">
          <TextField label={labels.endTime!} type="time" required {...form.field('endTime')} error={form.fieldErrors.endTime ?? form.fieldErrors.endsAt} />
        </div>
        <fieldset className="col-12 mb-3">
          <legend className="h6">{labels.mode}</legend>
          {meetingModes.map((m) => (
            <div key={m} className="form-check form-check-inline">
              <input id={`meeting-mode-${m}`} type="radio" name="meeting-mode" value={m} checked={values.mode === m} onChange={() => form.set('mode', m)} />
              <label htmlFor={`meeting-mode-${m}`}>{t(`meetings.modes.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        {values.mode !== 'online' && (
          <div className="col-12 col-lg-6">
            <TextField label={labels.place!} maxLength={500} {...form.field('place')} />
          </div>
        )}
        {values.mode !== 'in_person' && (
          <div className="col-12 col-lg-6">
            <TextField label={labels.onlineUrl!} type="url" hint={t('meetings.form.onlineUrlHint')} maxLength={1000} {...form.field('onlineUrl')} />
          </div>
        )}
        <div className="col-12">
          <TextAreaField label={labels.notes!} rows={3} maxLength={4000} {...form.field('notes')} />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.frequency!}
            emptyLabel={t('meetings.recurrence.none')}
            options={recurrenceFrequencies.map((f) => ({ value: f, label: t(`meetings.recurrence.${f}`) }))}
            {...form.field('frequency')}
          />
        </div>
        {values.frequency && (
          <div className="col-12 col-md-6">
            <TextField
              label={labels.count!}
              type="number"
              min={2}
              max={24}
              inputMode="numeric"
              hint={t('meetings.form.countHint')}
              {...form.field('count')}
              error={form.fieldErrors.count ?? form.fieldErrors['recurrence.count']}
            />
          </div>
        )}
      </div>
      <fieldset className="mb-3">
        <legend className="h6">{labels.agenda}</legend>
        <ol className="ps-3">
          {items.map((item, index) => (
            <li key={item.key} className="mb-2">
              <div className="row g-2 align-items-end">
                <div className="col-12 col-md-6">
                  <TextField label={t('meetings.agenda.itemTitleN', { n: index + 1 })} value={item.title} onChange={(title) => setItem(item.key, { title })} maxLength={300} className="mb-0" />
                </div>
                <div className="col-7 col-md-3">
                  <TextField label={t('meetings.agenda.presenter')} value={item.presenter} onChange={(presenter) => setItem(item.key, { presenter })} maxLength={200} className="mb-0" />
                </div>
                <div className="col-5 col-md-2">
                  <TextField
                    label={t('meetings.agenda.duration')}
                    type="number"
                    min={1}
                    max={600}
                    value={item.durationMinutes}
                    onChange={(durationMinutes) => setItem(item.key, { durationMinutes })}
                    className="mb-0"
                  />
                </div>
                <div className="col-12 col-md-1">
                  {items.length > 1 && (
                    <button
                      type="button"
                      className="btn btn-link btn-sm text-danger"
                      onClick={() => setItems((prev) => prev.filter((i) => i.key !== item.key))}
                      aria-label={t('meetings.agenda.removeDraftN', { n: index + 1 })}
                    >
                      {t('common:actions.remove')}
                    </button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            setItems((prev) => [...prev, { key: nextKey, title: '', presenter: '', durationMinutes: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t('meetings.agenda.addDraft')}
        </button>
      </fieldset>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('common:actions.saving') : t('meetings.form.schedule')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

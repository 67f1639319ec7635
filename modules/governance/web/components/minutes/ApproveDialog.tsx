import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, EmptyState, ErrorState, FormErrorSummary, LoadingState, SelectField, useForm, useFormat } from '../../../../../platform/web';
import { minutesApproveBody } from '../../../contract';
import { send, tableMeetingsFromQuery } from '../../api/minutes';

type Props = {
  isOpen: boolean;
  minutesId: string;
  meetingId: string;
  /** When the meeting of these minutes started: only later meetings can approve them. */
  meetingStartsAt: string;
  roundtableId: string;
  onDone: () => void;
  onCancel: () => void;
};

/** Minutes are approved at a later meeting of the same table: choose which, then they lock as version 1. */
export function ApproveDialog({ isOpen, minutesId, meetingId, meetingStartsAt, roundtableId, onDone, onCancel }: Props) {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const form = useForm({ atMeetingId: '' });
  const later = useQuery({ ...tableMeetingsFromQuery(roundtableId, meetingStartsAt.slice(0, 10)), enabled: isOpen });
  const after = new Date(meetingStartsAt).getTime();
  const options = (later.data ?? [])
    .filter((m) => m.id !== meetingId && new Date(m.startsAt).getTime() > after && m.status !== 'cancelled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((m) => ({ value: m.id, label: `${dateTime(m.startsAt)} – ${m.title}` }));
  const approve = useMutation({
    mutationFn: (body: unknown) => send(`/minutes/${minutesId}/approve`, body),
    onSuccess: onDone,
    onError: form.showError,
  });
  const { reset } = form;
  useEffect(() => {
    if (!isOpen) reset({ atMeetingId: '' });
  }, [isOpen, reset]);
  const labels = { atMeetingId: t('minutes.approve.meeting') };
  const confirm = () => {
    const body = form.validate(minutesApproveBody, form.values);
    if (body) approve.mutate(body);
  };
  return (
    <ConfirmDialog isOpen={isOpen} title={t('minutes.approve.title')} confirmLabel={t('minutes.approve.confirm')} busy={approve.isPending} onConfirm={confirm} onCancel={onCancel}>
      <p>{t('minutes.approve.text')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      {later.isPending ? (
        <LoadingState />
      ) : later.isError ? (
        <ErrorState error={later.error} onRetry={() => void later.refetch()} />
      ) : options.length === 0 ? (
        <EmptyState message={t('minutes.approve.noLaterMeetings')} />
      ) : (
        <SelectField label={labels.atMeetingId} required emptyLabel={t('minutes.approve.chooseMeeting')} options={options} {...form.field('atMeetingId')} />
      )}
    </ConfirmDialog>
  );
}

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, EmptyState, ErrorState, FormErrorSummary, Icon, LoadingState, TextAreaField, TextField, useForm, useFormat } from '../../../../../platform/web';
import { minutesUpdateBody } from '../../../contract';
import {
  meetingMinutesQuery,
  meetingRefQuery,
  minutesCommentsQuery,
  minutesKeys,
  minutesPdfUrl,
  sectionsOf,
  unplacedOf,
  send,
  type Minutes,
  type MinutesComment,
  type Section,
} from '../../api/minutes';
import { ActionItemsBlock } from './ActionItemsBlock';
import { AmendForm } from './AmendForm';
import { ApproveDialog } from './ApproveDialog';
import { CommentsBlock } from './CommentsBlock';
import { DecisionsBlock } from './DecisionsBlock';
import { MinutesStatusBadge } from './MinutesStatusBadge';
import { ReadOnlySections } from './ReadOnlySections';
import { VersionHistory } from './VersionHistory';

export type MinutesPanelAbilities = { manage: boolean; member: boolean; seeDrafts: boolean };

export type MinutesPanelProps = {
  meetingId: string;
  roundtableId: string;
  /** The meeting's abilities (GET /meetings/:id): what this person may do with its minutes. */
  abilities: MinutesPanelAbilities;
};

/**
 * The "Verbale" of a meeting, through its life: none yet → draft (the secretary writes) → circulated
 * (members comment) → approved at a later meeting (locked; changes only as a new version).
 */
export function MinutesPanel({ meetingId, roundtableId, abilities }: MinutesPanelProps) {
  const { t } = useTranslation('governance');
  const headingId = useId();
  const minutes = useQuery(meetingMinutesQuery(meetingId));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        {t('minutes.title')}
      </h2>
      {minutes.isPending ? (
        <LoadingState label={t('minutes.loading')} />
      ) : minutes.isError ? (
        <ErrorState error={minutes.error} onRetry={() => void minutes.refetch()} />
      ) : minutes.data === null ? (
        <NoMinutes meetingId={meetingId} abilities={abilities} />
      ) : (
        <MinutesView minutes={minutes.data} roundtableId={roundtableId} abilities={abilities} />
      )}
    </section>
  );
}

function NoMinutes({ meetingId, abilities }: { meetingId: string; abilities: MinutesPanelAbilities }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => send<Minutes>(`/meetings/${meetingId}/minutes`, {}),
    onSuccess: (created) => {
      if (created && typeof created === 'object' && 'id' in created) queryClient.setQueryData(minutesKeys.ofMeeting(meetingId), created);
      void queryClient.invalidateQueries({ queryKey: minutesKeys.ofMeeting(meetingId) });
      // The meeting's detail carries minutesId.
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings', 'detail', meetingId] });
    },
  });
  return (
    <>
      <EmptyState message={abilities.manage ? t('minutes.none.manager') : t('minutes.none.reader')} />
      {start.isError && <ErrorState error={start.error} />}
      {abilities.manage && (
        <button type="button" className="btn btn-primary" onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? t('minutes.none.starting') : t('minutes.none.start')}
        </button>
      )}
    </>
  );
}

type ViewProps = { minutes: Minutes; roundtableId: string; abilities: MinutesPanelAbilities };

function MinutesView({ minutes, roundtableId, abilities }: ViewProps) {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'circulate' | 'approve' | null>(null);
  const [amending, setAmending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const sections = sectionsOf(minutes);
  const unplaced = unplacedOf(minutes);
  const hasUnplaced = unplaced.decisions.length > 0 || unplaced.actionItems.length > 0;
  const { status } = minutes;
  // Approval adds an item to the approving meeting's agenda, and action items feed the tracker: refresh those too.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['governance', 'minutes'] }),
      queryClient.invalidateQueries({ queryKey: ['governance', 'meetings'] }),
      queryClient.invalidateQueries({ queryKey: ['governance', 'roundtables', minutes.roundtableId, 'decisions'] }),
    ]);
  const circulating = status === 'circulated';
  // Record-level abilities come with the minutes; the meeting's are the fallback for seeing comments.
  const can = minutes.abilities;
  const comments = useQuery({ ...minutesCommentsQuery(minutes.id), enabled: circulating && (can.comment || can.resolveComments || abilities.seeDrafts) });
  const circulate = useMutation({
    mutationFn: () => send(`/minutes/${minutes.id}/circulate`, {}),
    onSuccess: async () => {
      setDialog(null);
      setNotice(t('minutes.circulate.done'));
      await refresh();
    },
  });
  const editable = can.edit && status !== 'approved';
  const anyAction = can.circulate || can.approve || can.amend;
  const roundtable = minutes.roundtableId || roundtableId;

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <MinutesStatusBadge status={status} />
        {status !== 'approved' && minutes.circulatedAt && (
          <span className="small">{t('minutes.circulatedOn', { date: dateTime(minutes.circulatedAt) })}</span>
        )}
        {circulating && can.resolveComments && minutes.openComments > 0 && (
          <span className="small fw-semibold">{t('minutes.openComments', { count: minutes.openComments })}</span>
        )}
        <a className="btn btn-outline-primary btn-sm ms-md-auto" href={minutesPdfUrl(minutes.id)} download>
          <Icon name="it-download" size="sm" color="primary" className="me-1" />
          {t('minutes.pdf')}
        </a>
      </div>
      <div role="status">{notice && <div className="alert alert-success">{notice}</div>}</div>

      {status === 'approved' && <LockNotice minutes={minutes} />}

      {anyAction && !amending && (
        <div className="d-flex flex-wrap gap-2 mb-3">
          {can.circulate && status === 'draft' && (
            <button type="button" className="btn btn-primary btn-sm" onClick={() => setDialog('circulate')}>
              {t('minutes.circulate.button')}
            </button>
          )}
          {can.approve && status === 'circulated' && (
            <button type="button" className="btn btn-primary btn-sm" onClick={() => setDialog('approve')}>
              {t('minutes.approve.button')}
            </button>
          )}
          {can.amend && status === 'approved' && (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setAmending(true)}>
              {t('minutes.amend.button')}
            </button>
          )}
        </div>
      )}

      {circulating && can.comment && !can.edit && <p>{t('minutes.circulatingIntro')}</p>}
      {comments.isError && <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />}

      {status === 'approved' ? (
        amending ? (
          <AmendForm
            minutes={minutes}
            sections={sections}
            onCancel={() => setAmending(false)}
            onDone={async () => {
              setAmending(false);
              setNotice(t('minutes.amend.done'));
              await refresh();
            }}
          />
        ) : (
          <ReadOnlySections sections={sections} unplaced={unplaced} />
        )
      ) : editable ? (
        <SectionsEditor
          key={`${minutes.id}:${sections.map((s) => s.id).join(',')}`}
          minutes={minutes}
          sections={sections}
          comments={comments.data ?? []}
          circulating={circulating}
          canComment={can.comment}
          canResolve={can.resolveComments}
          onChanged={refresh}
        />
      ) : (
        <SectionsReader minutes={minutes} sections={sections} comments={comments.data ?? []} circulating={circulating} canComment={can.comment} onChanged={refresh} />
      )}

      {status !== 'approved' && hasUnplaced && <ReadOnlySections sections={[]} unplaced={unplaced} />}

      {status === 'approved' && !amending && <VersionHistory minutesId={minutes.id} currentVersion={minutes.version} />}

      <ConfirmDialog
        isOpen={dialog === 'circulate'}
        title={t('minutes.circulate.title')}
        confirmLabel={t('minutes.circulate.confirm')}
        busy={circulate.isPending}
        onConfirm={() => circulate.mutate()}
        onCancel={() => {
          setDialog(null);
          circulate.reset();
        }}
      >
        <p>{t('minutes.circulate.text')}</p>
        {circulate.isError && <ErrorState error={circulate.error} />}
      </ConfirmDialog>
      <ApproveDialog
        isOpen={dialog === 'approve'}
        minutesId={minutes.id}
        meetingId={minutes.meetingId}
        meetingStartsAt={minutes.meetingStartsAt}
        roundtableId={roundtable}
        onCancel={() => setDialog(null)}
        onDone={async () => {
          setDialog(null);
          setNotice(t('minutes.approve.done'));
          await refresh();
        }}
      />
    </>
  );
}

/** "Verbale approvato il … nella seduta del …, versione N". */
function LockNotice({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const needsLookup = !minutes.approvedAtMeetingStartsAt && !!minutes.approvedAtMeetingId;
  const at = useQuery({ ...meetingRefQuery(minutes.approvedAtMeetingId ?? ''), enabled: needsLookup });
  const meetingDate = minutes.approvedAtMeetingStartsAt ?? at.data?.startsAt ?? null;
  return (
    <div className="alert alert-info">
      <p className="mb-0">
        {meetingDate
          ? t('minutes.lock', { approvedOn: date(minutes.approvedAt), meeting: date(meetingDate), version: minutes.version })
          : t('minutes.lockNoMeeting', { approvedOn: date(minutes.approvedAt), version: minutes.version })}
      </p>
    </div>
  );
}

const commentsOf = (comments: MinutesComment[], itemId: string | null) => comments.filter((c) => (c.minutesItemId ?? null) === itemId);

type EditorProps = {
  minutes: Minutes;
  sections: Section[];
  comments: MinutesComment[];
  circulating: boolean;
  canComment: boolean;
  canResolve: boolean;
  onChanged: () => void;
};

/** Managers' view of draft or circulated minutes: the summaries are edited here and saved together. */
function SectionsEditor({ minutes, sections, comments, circulating, canComment, canResolve, onChanged }: EditorProps) {
  const { t } = useTranslation('governance');
  const initial: Record<string, string> = {};
  sections.forEach((s, i) => {
    initial[`items.${i}.summary`] = s.summary;
  });
  const form = useForm(initial);
  const [saved, setSaved] = useState(false);
  const labels: Record<string, string> = {};
  sections.forEach((s, i) => {
    labels[`items.${i}.summary`] = `${t('minutes.sections.summary')} – ${s.title}`;
  });
  labels[`items.${sections.length}.title`] = t('minutes.sections.title');
  const dirty = sections.some((s, i) => (form.values[`items.${i}.summary`] ?? '') !== s.summary);
  const save = useMutation({
    mutationFn: (body: unknown) => send(`/minutes/${minutes.id}`, body, 'PATCH'),
    onSuccess: () => {
      setSaved(true);
      onChanged();
    },
    onError: form.showError,
  });
  const [newTitle, setNewTitle] = useState<string | null>(null);
  const current = () => sections.map((s, i) => ({ id: s.id, agendaItemId: s.agendaItemId, title: s.title, summary: form.values[`items.${i}.summary`] ?? '' }));
  const submit = () => {
    setSaved(false);
    const body = form.validate(minutesUpdateBody, { items: current() });
    if (body) save.mutate(body);
  };
  /** A point not on the agenda: saved at once, together with the summaries being written. */
  const addSection = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const items = [...current(), { title: newTitle ?? '', summary: '' }];
    const body = form.validate(minutesUpdateBody, { items });
    if (body) save.mutate(body, { onSuccess: () => setNewTitle(null) });
  };
  const newIndex = sections.length;
  const general = commentsOf(comments, null);
  return (
    <>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      {sections.length === 0 && <EmptyState message={t('minutes.sections.empty')} />}
      {sections.map((s, i) => (
        <SectionFrame key={s.id} index={i} section={s}>
          <TextAreaField
            label={t('minutes.sections.summary')}
            rows={6}
            maxLength={50000}
            value={form.values[`items.${i}.summary`] ?? ''}
            onChange={(v) => {
              setSaved(false);
              form.set(`items.${i}.summary`, v);
            }}
            error={form.fieldErrors[`items.${i}.summary`] ?? form.fieldErrors[`items.${i}`]}
          />
          <DecisionsBlock minutesId={minutes.id} minutesItemId={s.id} decisions={s.decisions} editable onChanged={onChanged} />
          <ActionItemsBlock minutesId={minutes.id} minutesItemId={s.id} actionItems={s.actionItems} decisions={s.decisions} editable onChanged={onChanged} />
          {circulating && (
            <CommentsBlock minutesId={minutes.id} minutesItemId={s.id} sectionTitle={s.title} comments={commentsOf(comments, s.id)} canComment={canComment} canResolve={canResolve} onChanged={onChanged} />
          )}
        </SectionFrame>
      ))}
      {circulating && general.length > 0 && (
        <CommentsBlock minutesId={minutes.id} minutesItemId={null} sectionTitle={t('minutes.comments.general')} comments={general} canComment={false} canResolve={canResolve} onChanged={onChanged} />
      )}
      {newTitle === null ? (
        <button type="button" className="btn btn-outline-primary btn-sm mb-3" onClick={() => setNewTitle('')}>
          {t('minutes.sections.add')}
        </button>
      ) : (
        <form noValidate onSubmit={addSection} aria-label={t('minutes.sections.addTitle')} className="border border-primary rounded p-3 bg-white mb-3">
          <TextField
            label={t('minutes.sections.title')}
            required
            maxLength={300}
            value={newTitle}
            onChange={setNewTitle}
            error={form.fieldErrors[`items.${newIndex}.title`]}
          />
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
              {t('minutes.sections.addConfirm')}
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setNewTitle(null)} disabled={save.isPending}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {sections.length > 0 && (
        <div className="d-flex flex-wrap align-items-center gap-3 position-sticky bottom-0 bg-white border-top py-3">
          <button type="button" className="btn btn-primary" onClick={submit} disabled={save.isPending}>
            {save.isPending ? t('common:actions.saving') : t('minutes.save')}
          </button>
          <span role="status" className="small">
            {saved && !dirty ? t('minutes.saved') : dirty ? t('minutes.unsaved') : ''}
          </span>
        </div>
      )}
    </>
  );
}

type ReaderProps = { minutes: Minutes; sections: Section[]; comments: MinutesComment[]; circulating: boolean; canComment: boolean; onChanged: () => void };

/** Members' view of draft or circulated minutes: read, and comment while they circulate. */
function SectionsReader({ minutes, sections, comments, circulating, canComment, onChanged }: ReaderProps) {
  const { t } = useTranslation('governance');
  const general = commentsOf(comments, null);
  if (sections.length === 0) return <EmptyState message={t('minutes.sections.empty')} />;
  return (
    <>
      {sections.map((s, i) => (
        <SectionFrame key={s.id} index={i} section={s}>
          <h4 className="h6 text-uppercase">{t('minutes.sections.summary')}</h4>
          {s.summary ? (
            <p className="text-break" style={{ whiteSpace: 'pre-line' }}>
              {s.summary}
            </p>
          ) : (
            <p className="text-secondary">{t('minutes.sections.noSummary')}</p>
          )}
          <DecisionsBlock minutesId={minutes.id} minutesItemId={s.id} decisions={s.decisions} editable={false} onChanged={onChanged} />
          <ActionItemsBlock minutesId={minutes.id} minutesItemId={s.id} actionItems={s.actionItems} decisions={s.decisions} editable={false} onChanged={onChanged} />
          {circulating && (
            <CommentsBlock
              minutesId={minutes.id}
              minutesItemId={s.id}
              sectionTitle={s.title}
              comments={commentsOf(comments, s.id)}
              canComment={canComment}
              canResolve={false}
              onChanged={onChanged}
            />
          )}
        </SectionFrame>
      ))}
      {circulating && general.length > 0 && (
        <CommentsBlock minutesId={minutes.id} minutesItemId={null} sectionTitle={t('minutes.comments.general')} comments={general} canComment={false} canResolve={false} onChanged={onChanged} />
      )}
    </>
  );
}

/** One section per agenda item: a region named by its heading, so each can be found by name. */
function SectionFrame({ index, section, children }: { index: number; section: Section; children: ReactNode }) {
  const { t } = useTranslation('governance');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-top pt-3 mb-4">
      <h3 id={headingId} className="h5">
        {t('minutes.sections.heading', { n: index + 1, title: section.title })}
      </h3>
      {children}
    </section>
  );
}

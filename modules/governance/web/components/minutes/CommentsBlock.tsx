import { useId, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, ErrorState, FormErrorSummary, TextAreaField, useForm, useFormat } from '../../../../../platform/web';
import { minutesCommentBody } from '../../../contract';
import { send, type MinutesComment } from '../../api/minutes';

type Props = {
  minutesId: string;
  /** The section commented on; null for comments on the minutes as a whole. */
  minutesItemId: string | null;
  /** Used in the heading and the field's label, so each section's form has its own accessible name. */
  sectionTitle: string;
  comments: MinutesComment[];
  canComment: boolean;
  canResolve: boolean;
  onChanged: () => void;
};

/** While the minutes circulate: members' remarks on a section, which managers mark as resolved. */
export function CommentsBlock({ minutesId, minutesItemId, sectionTitle, comments, canComment, canResolve, onChanged }: Props) {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const headingId = useId();
  const form = useForm({ body: '' });
  const labels = { body: t('minutes.comments.body', { section: sectionTitle }) };
  const add = useMutation({
    mutationFn: (body: unknown) => send(`/minutes/${minutesId}/comments`, body),
    onSuccess: () => {
      form.reset({ body: '' });
      onChanged();
    },
    onError: form.showError,
  });
  const resolve = useMutation({
    mutationFn: (c: MinutesComment) => send(`/minutes/${minutesId}/comments/${c.id}/resolve`, {}),
    onSuccess: onChanged,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(minutesCommentBody, { minutesItemId, body: form.values.body });
    if (body) add.mutate(body);
  };
  return (
    <div className="mb-3" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="h6 text-uppercase mt-3">
        {t('minutes.comments.title')}
        <span className="visually-hidden"> – {sectionTitle}</span>
      </h4>
      {comments.length === 0 ? (
        <EmptyState message={t('minutes.comments.empty')} />
      ) : (
        <ul className="list-unstyled">
          {comments.map((c) => (
            <li key={c.id} className={`border rounded p-3 mb-2 ${c.resolvedAt ? 'bg-light' : 'bg-white'}`}>
              <p className="small mb-1">
                {c.resolvedAt ? <Badge tone="success">{t('minutes.comments.resolved')}</Badge> : <Badge tone="warning">{t('minutes.comments.open')}</Badge>}
                {c.authorName ?? t('minutes.comments.unknownAuthor')} · <time dateTime={c.createdAt}>{dateTime(c.createdAt)}</time>
              </p>
              <p className="mb-0 text-break" style={{ whiteSpace: 'pre-line' }}>
                {c.body}
              </p>
              {canResolve && !c.resolvedAt && (
                <button type="button" className="btn btn-outline-primary btn-sm mt-2" onClick={() => resolve.mutate(c)} disabled={resolve.isPending}>
                  {t('minutes.comments.resolve')}
                  <span className="visually-hidden">: {c.body.slice(0, 60)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {resolve.isError && <ErrorState error={resolve.error} />}
      {canComment && (
        <form noValidate onSubmit={submit} aria-label={t('minutes.comments.formLabel', { section: sectionTitle })}>
          <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
          <TextAreaField label={labels.body} required rows={2} maxLength={8000} {...form.field('body')} />
          <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
            {add.isPending ? t('common:actions.saving') : t('minutes.comments.add')}
          </button>
        </form>
      )}
    </div>
  );
}

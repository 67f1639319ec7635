import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { noteBody, noteSections } from '../../../contract';
import { Badge, EmptyState, ErrorState, FormErrorSummary, LoadingState, Pagination, SelectField, TextAreaField, useForm, useFormat } from '../../../../../platform/web';
import { caseNotesQuery, send, type CaseView } from '../../api/cases';

/** Progress notes (and health notes, for those who see the health section), newest first. */
export function NotesTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const { dateTime } = useFormat();
  const [page, setPage] = useState(1);
  const notes = useQuery(caseNotesQuery(c.id, page));
  return (
    <>
      {c.access.can.addNote && <AddNoteForm c={c} onAdded={() => setPage(1)} />}
      <h2 className="h5 mt-4">{t('cases.notes.title')}</h2>
      {notes.isPending ? (
        <LoadingState />
      ) : notes.isError ? (
        <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />
      ) : notes.data.items.length === 0 ? (
        <EmptyState message={t('cases.notes.empty')} />
      ) : (
        <>
          <ol className="list-unstyled">
            {notes.data.items.map((n) => (
              <li key={n.id} className="border rounded p-3 mb-2 bg-white">
                <p className="small mb-1">
                  <Badge tone={n.section === 'health' ? 'warning' : 'light'}>{t(`cases.notes.sections.${n.section}`)}</Badge>
                  {n.authorName} · <time dateTime={n.createdAt}>{dateTime(n.createdAt)}</time>
                </p>
                <p className="mb-0 text-break" style={{ whiteSpace: 'pre-line' }}>
                  {n.body}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={notes.data.page} pageSize={notes.data.pageSize} total={notes.data.total} onPageChange={setPage} label={t('cases.notes.pagination')} />
        </>
      )}
    </>
  );
}

function AddNoteForm({ c, onAdded }: { c: CaseView; onAdded: () => void }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ section: 'notes', body: '' });
  const [saved, setSaved] = useState(false);
  const labels = { section: t('cases.notes.section'), body: t('cases.notes.body') };
  const add = useMutation({
    mutationFn: (body: unknown) => send(`/cases/${c.id}/notes`, body),
    onSuccess: () => {
      form.reset({ section: form.values.section, body: '' });
      setSaved(true);
      onAdded();
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', c.id, 'notes'] });
    },
    onError: form.showError,
  });
  const sections = noteSections.filter((s) => s === 'notes' || c.access.sections.includes('health'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const body = form.validate(noteBody, form.values);
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="add-note-title" className="border rounded p-3 bg-white">
      <h2 id="add-note-title" className="h5">
        {t('cases.notes.add')}
      </h2>
      {c.protection === 'restricted' && <p className="small">{t('cases.notes.encrypted')}</p>}
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div role="status">{saved && <div className="alert alert-success">{t('cases.notes.added')}</div>}</div>
      {sections.length > 1 && (
        <SelectField label={labels.section} options={sections.map((s) => ({ value: s, label: t(`cases.notes.sections.${s}`) }))} {...form.field('section')} />
      )}
      <TextAreaField label={labels.body} required maxLength={20000} {...form.field('body')} />
      <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
        {add.isPending ? t('common:actions.saving') : t('cases.notes.save')}
      </button>
    </form>
  );
}

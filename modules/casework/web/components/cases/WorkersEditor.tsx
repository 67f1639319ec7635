import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseWorkersBody } from '../../../contract';
import { CheckboxField, ErrorState, LoadingState, useForm, FormErrorSummary } from '../../../../../platform/web';
import { organizationMembersQuery, send, type CaseView } from '../../api/cases';

/** The workers named on the case; on a restricted case only they see identifying data. */
export function WorkersEditor({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const [editing, setEditing] = useState(false);
  return (
    <>
      <ul className="mb-2">
        {c.workers.map((w) => (
          <li key={w.userId}>
            {w.displayName}
            {w.isOwner && <span className="small text-secondary"> ({t('cases.workers.owner')})</span>}
          </li>
        ))}
      </ul>
      {c.access.can.manageWorkers && !editing && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setEditing(true)}>
          {t('cases.workers.edit')}
        </button>
      )}
      {editing && <WorkersForm c={c} onClose={() => setEditing(false)} />}
    </>
  );
}

function WorkersForm({ c, onClose }: { c: CaseView; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const members = useQuery(organizationMembersQuery(c.lead.organizationId));
  const [chosen, setChosen] = useState<string[]>(c.workers.map((w) => w.userId));
  const form = useForm({});
  const save = useMutation({
    mutationFn: (body: unknown) => send<CaseView>(`/cases/${c.id}/workers`, body, 'PUT'),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', c.id] });
      onClose();
    },
    onError: form.showError,
  });
  const submit = () => {
    const body = form.validate(caseWorkersBody, { userIds: chosen });
    if (body) save.mutate(body);
  };
  if (members.isPending) return <LoadingState />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <fieldset className="border rounded p-3 mt-2">
      <legend className="h6 px-1 w-auto">{t('cases.workers.choose', { organization: c.lead.organizationName })}</legend>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      {members.data.items.map((m) => (
        <CheckboxField
          key={m.userId}
          label={m.jobTitle ? `${m.displayName} (${m.jobTitle})` : m.displayName}
          checked={chosen.includes(m.userId)}
          onChange={(on) => setChosen((prev) => (on ? [...prev, m.userId] : prev.filter((id) => id !== m.userId)))}
        />
      ))}
      <div className="d-flex gap-2 mt-2">
        <button type="button" className="btn btn-primary btn-sm" onClick={submit} disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('cases.workers.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

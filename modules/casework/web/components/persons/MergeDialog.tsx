import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, TextAreaField, TextField } from '../../../../../platform/web';
import { mergePerson, personsQuery, type Person } from '../../api/persons';
import { formatPartialDate } from './partialDate';

/** Folds a duplicate record into this one (this one survives); cannot be undone from the UI. */
export function MergeDialog({ person, isOpen, onClose }: { person: Person; isOpen: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('casework');
  const queryClient = useQueryClient();
  const [search, setSearch] = useState(`${person.givenName} ${person.familyName}`);
  const [duplicateId, setDuplicateId] = useState('');
  const [reason, setReason] = useState('');
  const found = useQuery({ ...personsQuery(search.trim(), 1), enabled: isOpen && search.trim().length >= 2 });
  const merge = useMutation({
    mutationFn: () => mergePerson(person.id, duplicateId, reason.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons'] });
      onClose();
    },
  });
  const candidates = (found.data?.items ?? []).filter((p) => p.id !== person.id);
  return (
    <ConfirmDialog isOpen={isOpen} title={t('merge.title')} confirmLabel={t('merge.confirm')} danger busy={merge.isPending} onCancel={onClose} onConfirm={() => duplicateId && reason.trim().length >= 3 && merge.mutate()}>
      <p>{t('merge.text', { name: `${person.givenName} ${person.familyName}` })}</p>
      <p className="fw-semibold">{t('merge.irreversible')}</p>
      <TextField label={t('merge.search')} type="search" dir="auto" value={search} onChange={setSearch} />
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">{t('merge.pick')}</legend>
        {candidates.length === 0 && <p className="small">{t('merge.noCandidates')}</p>}
        {candidates.map((p) => (
          <div key={p.id} className="form-check">
            <input id={`merge-${p.id}`} type="radio" name="merge-duplicate" checked={duplicateId === p.id} onChange={() => setDuplicateId(p.id)} />
            <label htmlFor={`merge-${p.id}`}>
              {p.givenName} {p.familyName} · {formatPartialDate(p.birthDate, i18n.language) || '—'} · {p.registeredByServiceName ?? '—'}
            </label>
          </div>
        ))}
      </fieldset>
      <TextAreaField label={t('merge.reason')} required rows={2} value={reason} onChange={setReason} />
      {merge.isError && <ErrorState error={merge.error} />}
    </ConfirmDialog>
  );
}

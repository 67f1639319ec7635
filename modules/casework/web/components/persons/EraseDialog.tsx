import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, TextAreaField } from '../../../../../platform/web';
import { eraseBody } from '../../../contract';
import { erasePerson, type Person } from '../../api/persons';

type Mode = 'pseudonymise' | 'erase';

/** Erasure or pseudonymisation on the person's request: the reason is required and recorded. */
export function EraseDialog({ person, isOpen, onClose }: { person: Person; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('pseudonymise');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const erase = useMutation({
    mutationFn: () => erasePerson(person.id, mode, reason.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons'] });
      navigate('/casework/persons', { state: { erased: true } });
    },
  });
  const confirm = () => {
    setTried(true);
    if (eraseBody.safeParse({ mode, reason }).success) erase.mutate();
  };
  return (
    <ConfirmDialog isOpen={isOpen} title={t('erase.title')} confirmLabel={t('erase.confirm')} danger busy={erase.isPending} onCancel={onClose} onConfirm={confirm}>
      <p>{t('erase.text')}</p>
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold">{t('erase.mode')}</legend>
        {(['pseudonymise', 'erase'] as const).map((m) => (
          <div key={m} className="form-check">
            <input id={`erase-${m}`} type="radio" name="erase-mode" checked={mode === m} onChange={() => setMode(m)} />
            <label htmlFor={`erase-${m}`}>{t(`erase.modes.${m}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField label={t('erase.reason')} required rows={2} value={reason} onChange={setReason} error={tried && !eraseBody.safeParse({ mode, reason }).success ? t('common:validation.min_length', { min: 10 }) : undefined} />
      {erase.isError && <ErrorState error={erase.error} />}
    </ConfirmDialog>
  );
}

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, TextAreaField } from '../../../../../platform/web';
import { sendContactRequest } from '../../api/persons';

type Props = { matchToken: string | null; where: string; onClose: () => void; onSent: () => void };

/** Asks the service holding a hidden possible match to get in touch; the other record stays hidden. */
export function ContactRequestDialog({ matchToken, where, onClose, onSent }: Props) {
  const { t } = useTranslation('casework');
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () => sendContactRequest(matchToken ?? '', message.trim()),
    onSuccess: () => {
      setMessage('');
      onSent();
    },
  });
  return (
    <ConfirmDialog
      isOpen={matchToken !== null}
      title={t('duplicates.contactTitle')}
      confirmLabel={t('duplicates.contactSend')}
      onConfirm={() => message.trim().length >= 3 && send.mutate()}
      onCancel={onClose}
      busy={send.isPending}
    >
      <p>{t('duplicates.contactText', { where })}</p>
      <TextAreaField label={t('duplicates.contactMessage')} hint={t('duplicates.contactHint')} required value={message} onChange={setMessage} rows={4} />
      {send.isError && <ErrorState error={send.error} />}
    </ConfirmDialog>
  );
}

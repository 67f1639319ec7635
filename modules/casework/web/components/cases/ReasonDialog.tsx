import { useEffect, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { ConfirmDialog, FormErrorSummary, TextAreaField, useForm } from '../../../../../platform/web';

type Props = {
  isOpen: boolean;
  title: string;
  intro?: ReactNode;
  /** The text field's label and the request field it fills ('reason', 'note'). */
  label: string;
  field?: string;
  hint?: string;
  required?: boolean;
  confirmLabel: string;
  danger?: boolean;
  schema: z.ZodType;
  /** Sends the checked body; the dialog closes when it resolves. */
  submit: (body: unknown) => Promise<unknown>;
  onDone: (result: unknown) => void;
  onCancel: () => void;
  /** Fields sent along with the text (the new status, ...). */
  extra?: Record<string, unknown>;
  children?: ReactNode;
};

/** A confirmation that asks for a reason or a note (decline, revoke, reopen, emergency access), checked by the contract's schema. */
export function ReasonDialog({ isOpen, title, intro, label, field = 'reason', hint, required = true, confirmLabel, danger, schema, submit, onDone, onCancel, extra, children }: Props) {
  const form = useForm({ text: '' });
  const mutation = useMutation({ mutationFn: submit, onSuccess: onDone, onError: form.showError });
  const { reset } = form;
  useEffect(() => {
    if (!isOpen) reset({ text: '' });
  }, [isOpen, reset]);
  const confirm = () => {
    const raw = form.values.text.trim();
    const body = form.validate(schema, { ...extra, ...(raw === '' && !required ? {} : { [field]: raw }) });
    if (body) mutation.mutate(body);
  };
  const fieldErrors = form.fieldErrors[field] ? { text: form.fieldErrors[field]! } : form.fieldErrors;
  return (
    <ConfirmDialog isOpen={isOpen} title={title} confirmLabel={confirmLabel} danger={danger} busy={mutation.isPending} onConfirm={confirm} onCancel={onCancel}>
      {intro}
      {children}
      <FormErrorSummary message={form.formError} fieldErrors={fieldErrors} labels={{ text: label }} />
      <TextAreaField label={label} hint={hint} required={required} rows={3} maxLength={2000} value={form.values.text} onChange={(v) => form.set('text', v)} error={fieldErrors.text} />
    </ConfirmDialog>
  );
}

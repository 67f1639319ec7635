import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_DOCUMENT_MAX_BYTES, agreementDocumentMediaTypes } from '../../../contract';
import { ConfirmDialog, FormErrorSummary, useErrorMessage, useFormat, useForm } from '../../../../../platform/web';
import { agreementDocumentUrl, deleteAgreementDocument, fileToBase64, sendAgreement, type AgreementDetail, type AgreementDocument } from '../../api/agreements';

const ACCEPT = agreementDocumentMediaTypes.join(',');

/** "Documenti": the signed text and annexes; managers upload and delete. */
export function AgreementDocumentsTab({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const { dateTime, number } = useFormat();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [removing, setRemoving] = useState<AgreementDocument | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (doc: AgreementDocument) => deleteAgreementDocument(agreement.id, doc.id),
    onSuccess: (_r, doc) => {
      setRemoving(null);
      setNotice(t('agreements.documents.deleted', { filename: doc.filename }));
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements', 'detail', agreement.id] });
    },
    onError: (e) => {
      setRemoving(null);
      setDeleteError(errorMessage(e));
    },
  });
  const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${number(Math.max(1, Math.round(bytes / 1024)))} kB`);
  return (
    <>
      <h2 className="h4">{t('agreements.documents.heading')}</h2>
      <div aria-live="polite">
        {notice && <div className="alert alert-success">{notice}</div>}
        {deleteError && (
          <div className="alert alert-danger" role="alert">
            {deleteError}
          </div>
        )}
      </div>
      {agreement.documents.length === 0 ? (
        <p className="text-secondary">{t('agreements.documents.empty')}</p>
      ) : (
        <ul className="list-group mb-4">
          {agreement.documents.map((d) => (
            <li key={d.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
              <span>
                <a href={agreementDocumentUrl(agreement.id, d.id)} download={d.filename}>
                  {d.filename}
                  <span className="visually-hidden"> ({t('agreements.documents.download')})</span>
                </a>
                <span className="d-block small text-secondary">
                  {size(d.size)} · {dateTime(d.createdAt)}
                </span>
              </span>
              {agreement.abilities.manage && (
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  aria-label={t('agreements.documents.deleteNamed', { filename: d.filename })}
                  onClick={() => {
                    setNotice(null);
                    setDeleteError(null);
                    setRemoving(d);
                  }}
                >
                  {t('agreements.documents.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {agreement.abilities.manage && <UploadForm agreementId={agreement.id} onUploaded={(filename) => setNotice(t('agreements.documents.uploaded', { filename }))} />}
      <ConfirmDialog
        isOpen={removing !== null}
        danger
        title={t('agreements.documents.deleteTitle')}
        confirmLabel={t('agreements.documents.delete')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('agreements.documents.deleteText', { filename: removing?.filename ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}

function UploadForm({ agreementId, onUploaded }: { agreementId: string; onUploaded: (filename: string) => void }) {
  const { t } = useTranslation('governance');
  const id = useId();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const form = useForm({});
  const upload = useMutation({
    mutationFn: async (f: File) =>
      sendAgreement(`/${agreementId}/documents`, { filename: f.name, mediaType: f.type, contentBase64: await fileToBase64(f) }),
    onSuccess: (_r, f) => {
      setFile(null);
      if (input.current) input.current.value = '';
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements', 'detail', agreementId] });
      onUploaded(f.name);
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return form.setFormError(t('agreements.documents.chooseFile'));
    if (!(agreementDocumentMediaTypes as readonly string[]).includes(file.type)) return form.setFormError(t('agreements.documents.badType'));
    if (file.size > AGREEMENT_DOCUMENT_MAX_BYTES) return form.setFormError(t('agreements.documents.tooLarge'));
    form.setFormError(null);
    upload.mutate(file);
  };
  const error = form.formError ?? undefined;
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3" aria-labelledby={`${id}-title`}>
      <h3 className="h5" id={`${id}-title`}>
        {t('agreements.documents.upload')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={{ filename: t('agreements.documents.file'), mediaType: t('agreements.documents.file'), contentBase64: t('agreements.documents.file') }} />
      <div className="mb-3">
        <label htmlFor={id} className="form-label">
          {t('agreements.documents.file')}
        </label>
        <input
          ref={input}
          id={id}
          type="file"
          className={`form-control${error ? ' is-invalid' : ''}`}
          accept={ACCEPT}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            form.setFormError(null);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <small id={`${id}-hint`} className="form-text d-block">
          {t('agreements.documents.hint')}
        </small>
      </div>
      <button type="submit" className="btn btn-primary btn-sm" disabled={upload.isPending}>
        {upload.isPending ? t('agreements.documents.uploading') : t('agreements.documents.uploadSubmit')}
      </button>
    </form>
  );
}

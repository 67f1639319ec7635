import { useId, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_MAX_DOCUMENT_BYTES, governanceDocumentMediaTypes } from '../../../contract';
import { ConfirmDialog, Icon, useErrorMessage, useFormat } from '../../../../../platform/web';
import { documentUrl, fileToBase64, removeDocument, uploadDocument, type MeetingDocument } from '../../api/meetings';

type MediaType = (typeof governanceDocumentMediaTypes)[number];
const ACCEPT = governanceDocumentMediaTypes.join(',');
// Some systems give no type for office files: the extension decides then.
const BY_EXTENSION: Record<string, MediaType> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
  csv: 'text/csv',
};
function mediaTypeOf(file: File): MediaType | null {
  if ((governanceDocumentMediaTypes as readonly string[]).includes(file.type)) return file.type as MediaType;
  return BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? null;
}

type Props = { meetingId: string; agendaItemId: string | null; documents: MeetingDocument[]; canManage: boolean; context: string };

/** The files of a meeting or of one agenda item: download for all, upload and delete for managers. */
export function DocumentsList({ meetingId, agendaItemId, documents, canManage, context }: Props) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [removing, setRemoving] = useState<MeetingDocument | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['governance', 'meetings', 'detail', meetingId] });
  const upload = useMutation({
    mutationFn: async ({ file, mediaType }: { file: File; mediaType: MediaType }) => {
      const contentBase64 = await fileToBase64(file);
      return uploadDocument(meetingId, { agendaItemId: agendaItemId ?? undefined, filename: file.name, mediaType, contentBase64 });
    },
    onSuccess: (doc) => {
      void refresh();
      setMessage({ ok: true, text: t('meetings.documents.uploaded', { name: doc.filename }) });
      if (fileRef.current) fileRef.current.value = '';
    },
    onError: (error) => setMessage({ ok: false, text: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: (doc: MeetingDocument) => removeDocument(meetingId, doc.id),
    onSuccess: () => {
      void refresh();
      setRemoving(null);
      setMessage({ ok: true, text: t('meetings.documents.removed') });
    },
  });
  const onFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > GOVERNANCE_MAX_DOCUMENT_BYTES) {
      setMessage({ ok: false, text: t('meetings.documents.tooLarge') });
      return;
    }
    const mediaType = mediaTypeOf(file);
    if (!mediaType) {
      setMessage({ ok: false, text: t('meetings.documents.badType') });
      return;
    }
    upload.mutate({ file, mediaType });
  };
  const kb = (size: number) => t('meetings.documents.size', { kb: number(Math.max(1, Math.round(size / 1024))) });
  return (
    <div className="mt-2">
      {documents.length > 0 && (
        <ul className="list-unstyled mb-2" aria-label={t('meetings.documents.listOf', { context })}>
          {documents.map((d) => (
            <li key={d.id} className="d-flex flex-wrap align-items-center gap-2 mb-1">
              <Icon name="it-clip" size="sm" />
              <a href={documentUrl(meetingId, d.id)} download={d.filename}>
                {d.filename}
              </a>
              <span className="small text-secondary">{kb(d.size)}</span>
              {canManage && (
                <button type="button" className="btn btn-link btn-sm text-danger p-0" onClick={() => setRemoving(d)} aria-label={t('meetings.documents.removeOf', { name: d.filename })}>
                  {t('common:actions.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <div className="d-flex flex-wrap align-items-center gap-2">
          <label htmlFor={inputId} className="small fw-semibold">
            {t('meetings.documents.uploadFor', { context })}
          </label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept={ACCEPT}
            className="form-control form-control-sm w-auto"
            disabled={upload.isPending}
            onChange={(e) => onFile(e.target.files?.[0])}
            aria-describedby={`${inputId}-hint`}
          />
          <small id={`${inputId}-hint`} className="text-secondary">
            {t('meetings.documents.hint')}
          </small>
          {upload.isPending && <span className="small">{t('meetings.documents.uploading')}</span>}
        </div>
      )}
      <div role="status" className="small">
        {message && <span className={message.ok ? 'text-success' : 'text-danger'}>{message.text}</span>}
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('meetings.documents.removeTitle')}
        confirmLabel={t('common:actions.remove')}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <p>{removing && t('meetings.documents.removeText', { name: removing.filename })}</p>
        {remove.isError && (
          <p className="text-danger" role="alert">
            {errorMessage(remove.error)}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

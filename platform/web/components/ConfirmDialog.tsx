import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal, ModalBody, ModalFooter } from 'design-react-kit';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
};

/** A modal question before an action that cannot be undone in one click; focus is trapped and returns on close. */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, onConfirm, onCancel, busy, danger }: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const titleId = useId();

  // Focus goes back to the button that opened the dialog, even when the caller unmounts the dialog on close.
  // The opener is read while rendering: by the time effects run, the modal has already taken focus.
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (isOpen && !wasOpen.current && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  wasOpen.current = isOpen;
  useEffect(() => {
    if (!isOpen) return;
    return () => {
      const target = opener.current;
      if (target?.isConnected) setTimeout(() => target.focus(), 0);
    };
  }, [isOpen]);
  return (
    <Modal isOpen={isOpen} toggle={onCancel} labelledBy={titleId} returnFocusAfterClose centered>
      {/* Our own header: design-react-kit's ModalHeader pulls in its Icon, which emits a chunk per icon. */}
      <div className="modal-header">
        <h2 id={titleId} className="modal-title h5">
          {title}
        </h2>
        <button type="button" className="btn-close" onClick={onCancel} aria-label={t('actions.close')} />
      </div>
      <ModalBody>{children}</ModalBody>
      <ModalFooter>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel} disabled={busy}>
          {t('actions.cancel')}
        </button>
        <button type="button" className={`btn btn-sm ${danger ? 'btn-danger' : 'btn-primary'}`} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </ModalFooter>
    </Modal>
  );
}

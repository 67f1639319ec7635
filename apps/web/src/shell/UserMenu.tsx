import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ConfirmDialog, ErrorState, Icon, useSession } from '../../../../platform/web';
import { useDisclosure } from './useDisclosure';

export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const menu = useDisclosure<HTMLButtonElement, HTMLDivElement>();
  const menuId = useId();
  const [confirmAll, setConfirmAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(everywhere ? '/api/auth/logout-all' : '/api/auth/logout', { method: 'POST' });
      queryClient.clear();
      navigate('/login', { replace: true, state: { signedOut: true } });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <div className="user-menu dropdown position-relative">
      <button
        ref={menu.buttonRef}
        type="button"
        className="btn btn-primary btn-sm d-inline-flex align-items-center gap-2 user-menu-button"
        aria-expanded={menu.open}
        aria-controls={menuId}
        onClick={menu.toggle}
      >
        <span className="rounded-icon" aria-hidden="true">
          <Icon name="it-user" color="primary" size="sm" />
        </span>
        <span className="d-none d-md-inline">{me.user.displayName}</span>
        <span className="visually-hidden d-md-none">{t('header.userMenu', { name: me.user.displayName })}</span>
        <Icon name="it-expand" color="white" size="sm" />
      </button>
      <div ref={menu.panelRef} id={menuId} className={`dropdown-menu dropdown-menu-end${menu.open ? ' show' : ''}`}>
        <div className="link-list-wrapper">
          <p className="px-4 pt-3 mb-1 fw-semibold">{me.user.displayName}</p>
          <p className="px-4 small mb-2 text-break">{me.user.email}</p>
          <ul className="link-list">
            <li>
              <span className="divider" role="separator" />
            </li>
            <li>
              <button type="button" className="list-item btn btn-link text-start w-100" disabled={busy} onClick={() => void signOut(false)}>
                <Icon name="it-logout" color="primary" size="sm" className="me-2" />
                <span>{t('header.signOut')}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                className="list-item btn btn-link text-start w-100"
                disabled={busy}
                onClick={() => {
                  menu.close();
                  setConfirmAll(true);
                }}
              >
                <Icon name="it-close-circle" color="primary" size="sm" className="me-2" />
                <span>{t('header.signOutEverywhere')}</span>
              </button>
            </li>
          </ul>
        </div>
      </div>
      <ConfirmDialog
        isOpen={confirmAll}
        title={t('header.signOutEverywhere')}
        confirmLabel={t('header.signOutEverywhereConfirm')}
        onConfirm={() => void signOut(true)}
        onCancel={() => setConfirmAll(false)}
        busy={busy}
      >
        <p>{t('header.signOutEverywhereText')}</p>
        {error !== null && <ErrorState error={error} />}
      </ConfirmDialog>
      {error !== null && !confirmAll && (
        <div className="position-absolute end-0 mt-2" style={{ zIndex: 1100, minWidth: '18rem' }}>
          <ErrorState error={error} />
        </div>
      )}
    </div>
  );
}

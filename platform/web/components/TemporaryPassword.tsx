import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * A temporary password is shown exactly once (the server keeps only its hash): say so, and
 * make it easy to copy and hand over.
 */
export function TemporaryPassword({ password, forWhom }: { password: string; forWhom?: string }) {
  const { t } = useTranslation('common');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="border border-primary rounded bg-white my-3 p-3">
      <p className="fw-semibold mb-2">{forWhom ? t('password.temporaryFor', { name: forWhom }) : t('password.temporary')}</p>
      <div className="d-flex flex-wrap align-items-center gap-2">
        <code className="fs-5 px-2 py-1 bg-light border rounded text-dark" data-testid="temporary-password">
          {password}
        </code>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void copy()}>
          <Icon name="it-copy" size="sm" color="primary" className="me-1" />
          {t('password.copy')}
        </button>
        <span role="status" className="small">
          {copied === 'yes' ? t('password.copied') : copied === 'no' ? t('password.copyFailed') : ''}
        </span>
      </div>
      <p className="small mb-0 mt-2">{t('password.shownOnce')}</p>
    </div>
  );
}

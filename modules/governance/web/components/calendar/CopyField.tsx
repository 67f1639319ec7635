import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only address with a button that copies it; the state of the copy is announced. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('governance');
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div>
      <label htmlFor={id} className="form-label small fw-semibold mb-1">
        {label}
      </label>
      <div className="input-group">
        <input id={id} type="text" className="form-control form-control-sm font-monospace" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void copy()}>
          {t('governance:calendar.copy')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      <span role="status" className={copied === 'no' ? 'small text-danger' : 'small text-success'}>
        {copied === 'yes' ? t('governance:calendar.copied') : copied === 'no' ? t('governance:calendar.copyFailed') : ''}
      </span>
    </div>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Icon, useFormat } from '../../../../../platform/web';
import { verifyAudit } from './auditApi';

/** Recomputes the hash chain on the server: proof that no entry was altered or removed. */
export function VerifyPanel() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const verify = useMutation({ mutationFn: verifyAudit });
  return (
    <div>
      <button type="button" className="btn btn-outline-primary btn-sm d-inline-flex align-items-center gap-1" onClick={() => verify.mutate()} disabled={verify.isPending}>
        <Icon name="it-check-circle" color="primary" size="sm" />
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div aria-live="polite" className="mt-2">
        {verify.data?.ok === true && (
          <div className="alert alert-success mb-0">{t('audit.verifyOk', { count: verify.data.entries, formatted: number(verify.data.entries) })}</div>
        )}
        {verify.data?.ok === false && (
          <div className="alert alert-danger mb-0">
            {t('audit.verifyBroken', { seq: verify.data.brokenAt ?? '?' })}
            {verify.data.problem && <span className="d-block small mt-1">{verify.data.problem}</span>}
          </div>
        )}
        {verify.isError && <ErrorState error={verify.error} />}
      </div>
    </div>
  );
}

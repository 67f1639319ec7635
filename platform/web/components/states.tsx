import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { Icon } from './Icon';

/** The message to show for any failure: the server's own (already translated) text, or a local one. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('common');
  return (error) => {
    if (error instanceof ApiError) {
      if (error.message) return error.message;
      if (error.code === 'network') return t('errors.network');
      if (error.status === 404) return t('errors.not_found');
      if (error.status === 403) return t('errors.forbidden');
    }
    return t('errors.unexpected');
  };
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="d-flex align-items-center gap-3 py-4" role="status">
      <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span>{label ?? t('states.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const message = useErrorMessage()(error);
  return (
    <div className="alert alert-danger" role="alert">
      <p className="mb-2">{message}</p>
      {onRetry && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={onRetry}>
          {t('actions.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="d-flex align-items-center gap-2 py-4 text-secondary">
      <Icon name="it-info-circle" size="sm" />
      <span>{message ?? t('states.empty')}</span>
    </div>
  );
}

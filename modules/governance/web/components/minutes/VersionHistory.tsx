import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { minutesVersionQuery, minutesVersionsQuery, sectionsOf, unplacedOf } from '../../api/minutes';
import { ReadOnlySections } from './ReadOnlySections';

/** Every approved version with its reason; each can be opened to read it as it was. */
export function VersionHistory({ minutesId, currentVersion }: { minutesId: string; currentVersion: number }) {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const headingId = useId();
  const versions = useQuery(minutesVersionsQuery(minutesId));
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="h4">
        {t('minutes.versions.title')}
      </h3>
      {versions.isPending ? (
        <LoadingState />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <EmptyState message={t('minutes.versions.empty')} />
      ) : (
        <ol className="list-unstyled">
          {[...versions.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version} className="border rounded p-3 mb-2 bg-white">
                <p className="fw-semibold mb-1">
                  {t('minutes.versions.version', { version: v.version })}
                  {v.version === currentVersion && <span className="badge bg-primary ms-2">{t('minutes.versions.current')}</span>}
                </p>
                <p className="small mb-1">
                  <time dateTime={v.createdAt}>{dateTime(v.createdAt)}</time>
                  {v.createdByName ? ` · ${v.createdByName}` : ''}
                </p>
                <p className="mb-2">
                  {t('minutes.versions.reason')}: {v.reason ?? t('minutes.versions.firstApproval')}
                </p>
                <button
                  type="button"
                  className="btn btn-outline-primary btn-sm"
                  aria-expanded={open === v.version}
                  aria-controls={`${headingId}-v${v.version}`}
                  onClick={() => setOpen(open === v.version ? null : v.version)}
                >
                  {open === v.version ? t('minutes.versions.hide', { version: v.version }) : t('minutes.versions.view', { version: v.version })}
                </button>
                <div id={`${headingId}-v${v.version}`}>{open === v.version && <VersionView minutesId={minutesId} version={v.version} />}</div>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}

function VersionView({ minutesId, version }: { minutesId: string; version: number }) {
  const { t } = useTranslation('governance');
  const q = useQuery(minutesVersionQuery(minutesId, version));
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <div className="mt-3" aria-label={t('minutes.versions.version', { version })} role="region">
      <ReadOnlySections sections={sectionsOf(q.data.snapshot)} unplaced={unplacedOf(q.data.snapshot)} level={4} />
    </div>
  );
}

import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, PageHeader } from '../../../../../platform/web';
import { minutesQuery } from '../../api/minutes';

/**
 * `/governance/minutes/:id` — where notifications about minutes point (e.g. "minutes circulated"):
 * the minutes live in their meeting's "Verbale" tab, so this opens it.
 */
export function MinutesRedirectPage() {
  const { t } = useTranslation('governance');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const minutes = useQuery(minutesQuery(id));
  const meetingId = minutes.data?.meetingId;
  useEffect(() => {
    if (meetingId) void navigate(`/governance/meetings/${meetingId}?tab=minutes`, { replace: true });
  }, [meetingId, navigate]);
  return (
    <>
      <PageHeader title={t('minutes.title')} />
      {minutes.isError ? <ErrorState error={minutes.error} onRetry={() => void minutes.refetch()} /> : <LoadingState label={t('minutes.loading')} />}
    </>
  );
}

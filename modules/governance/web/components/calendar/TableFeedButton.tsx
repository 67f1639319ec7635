import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../../platform/web';
import { calendarFeedsKey, calendarFeedsQuery, createCalendarFeed } from '../../api/calendar';
import { CopyField } from './CopyField';

/** The calendar address of one round table: shows the user's existing one or creates it on request. */
export function TableFeedButton({ roundtableId }: { roundtableId: string }) {
  const { t } = useTranslation('governance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const feeds = useQuery(calendarFeedsQuery());
  const create = useMutation({
    mutationFn: () => createCalendarFeed({ roundtableId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedsKey }),
  });
  const feed = create.data ?? feeds.data?.find((f) => f.roundtableId === roundtableId);
  if (feed) return <CopyField label={t('governance:calendar.tableFeedUrl')} value={feed.url} />;
  return (
    <div>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => create.mutate()} disabled={create.isPending || feeds.isPending}>
        {t('governance:calendar.createTableFeed')}
      </button>
      {create.isError && (
        <div className="alert alert-danger mt-2" role="alert">
          {errorMessage(create.error)}
        </div>
      )}
    </div>
  );
}

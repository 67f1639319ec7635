import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, Icon, useFormat, type Page } from '../../../../platform/web';
import { useDisclosure } from './useDisclosure';

type Notification = { id: string; kind: string; messageKey: string; params: Record<string, string | number>; link: string | null; createdAt: string; readAt: string | null };
type NotificationPage = Page<Notification> & { unread: number };

const POLL_MS = 60_000;
const KEY = ['notifications'];

/** The bell in the header: unread count (polled every minute) and the latest alerts in a panel. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const panel = useDisclosure<HTMLButtonElement, HTMLDivElement>();
  const panelId = useId();
  const list = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiFetch<NotificationPage>('/api/notifications', { query: { page: 1, pageSize: 10 }, signal }),
    refetchInterval: POLL_MS,
  });
  const readAll = useMutation({
    mutationFn: () => apiFetch<void>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const readOne = (n: Notification) => {
    panel.close();
    if (!n.readAt) void apiFetch<void>(`/api/notifications/${n.id}/read`, { method: 'POST' }).then(() => queryClient.invalidateQueries({ queryKey: KEY }));
  };
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  return (
    <div className="dropdown position-relative me-2">
      <button
        ref={panel.buttonRef}
        type="button"
        className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1 position-relative"
        aria-expanded={panel.open}
        aria-controls={panelId}
        onClick={panel.toggle}
      >
        <Icon name="it-mail" color="white" size="sm" />
        <span className="visually-hidden">{t('notifications.label', { count: unread })}</span>
        {unread > 0 && (
          <span className="badge bg-danger rounded-pill" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <div ref={panel.panelRef} id={panelId} className={`dropdown-menu dropdown-menu-end p-0${panel.open ? ' show' : ''}`} style={{ minWidth: '20rem', maxWidth: '90vw' }}>
        <div className="d-flex justify-content-between align-items-center px-3 pt-3 pb-2 border-bottom">
          <h2 className="h6 mb-0">{t('notifications.title')}</h2>
          {unread > 0 && (
            <button type="button" className="btn btn-link btn-sm p-0" onClick={() => readAll.mutate()} disabled={readAll.isPending}>
              {t('notifications.readAll')}
            </button>
          )}
        </div>
        {list.isError ? (
          <p className="px-3 py-2 mb-0 small">{t('notifications.error')}</p>
        ) : items.length === 0 ? (
          <p className="px-3 py-2 mb-0 small">{t('notifications.empty')}</p>
        ) : (
          <ul className="list-unstyled mb-0" style={{ maxHeight: '60vh', overflowY: 'auto' }}>
            {items.map((n) => {
              const text = t(n.messageKey, { ...n.params, defaultValue: t('notifications.generic') });
              return (
                <li key={n.id} className={`px-3 py-2 border-bottom${n.readAt ? '' : ' bg-light'}`}>
                  {n.link ? (
                    <Link to={n.link} onClick={() => readOne(n)} className={n.readAt ? '' : 'fw-semibold'}>
                      {text}
                    </Link>
                  ) : (
                    <span className={n.readAt ? '' : 'fw-semibold'}>{text}</span>
                  )}
                  <span className="d-block small text-secondary">
                    {fmt.dateTime(n.createdAt)}
                    {!n.readAt && <span className="visually-hidden"> · {t('notifications.unread')}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

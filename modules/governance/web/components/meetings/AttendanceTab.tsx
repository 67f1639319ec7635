import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { attendanceStatuses } from '../../../contract';
import { Badge, EmptyState, ErrorState, FormErrorSummary, Icon, LoadingState, useErrorMessage, useFormat } from '../../../../../platform/web';
import { attendanceQuery, saveAttendance, signInSheetUrl, type Attendance, type AttendanceRow, type AttendanceStatus, type MeetingDetail } from '../../api/meetings';

const NO_FIELD_ERRORS: Record<string, string> = {};

type Entry = { status: AttendanceStatus | ''; delegatedTo: string };

const rowName = (r: AttendanceRow) => [...new Set([r.organizationName, r.personName].filter(Boolean))].join(' – ') || '—';

function Totals({ totals }: { totals: Attendance['totals'] }) {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  return (
    <div className="mb-3">
      <ul className="list-inline mb-2">
        {(['expected', 'present', 'delegated', 'excused', 'absent', 'unrecorded'] as const).map((k) => (
          <li key={k} className="list-inline-item me-3">
            {t(`meetings.attendance.totals.${k}`)}: <strong>{number(totals[k])}</strong>
          </li>
        ))}
      </ul>
      <p className="mb-0">
        {totals.quorumRequired === 0 ? (
          <Badge tone="light">{t('meetings.attendance.noQuorumRule')}</Badge>
        ) : totals.quorumReached ? (
          <Badge tone="success">{t('meetings.attendance.quorumReached')}</Badge>
        ) : (
          <Badge tone="danger">{t('meetings.attendance.quorumNotReached')}</Badge>
        )}{' '}
        {totals.quorumRequired > 0 && <span className="small">{t('meetings.attendance.quorumCount', { present: number(totals.quorumPresent), required: number(totals.quorumRequired) })}</span>}
      </p>
    </div>
  );
}

/** The attendance register: one row per expected member; managers record and save it. */
export function AttendanceTab({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const query = useQuery(attendanceQuery(meeting.id));
  const canManage = meeting.abilities.manage;
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (!query.data) return;
    const next: Record<string, Entry> = {};
    for (const r of query.data.items) if (r.memberId) next[r.memberId] = { status: r.status ?? '', delegatedTo: r.delegatedTo ?? '' };
    setEntries(next);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () =>
      saveAttendance(meeting.id, {
        entries: Object.entries(entries)
          .filter(([, e]) => e.status)
          .map(([memberId, e]) => ({ memberId, status: e.status as AttendanceStatus, delegatedTo: e.status === 'delegated' ? e.delegatedTo.trim() || null : null })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['governance', 'meetings', 'detail', meeting.id, 'attendance'], saved);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings', 'detail', meeting.id], exact: true });
      setNotice(t('meetings.attendance.saved'));
    },
    onError: () => setNotice(''),
  });
  const set = (memberId: string, patch: Partial<Entry>) => {
    setNotice('');
    setEntries((prev) => ({ ...prev, [memberId]: { ...(prev[memberId] ?? { status: '', delegatedTo: '' }), ...patch } }));
  };
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const missingDelegate = Object.values(entries).some((e) => e.status === 'delegated' && !e.delegatedTo.trim());
  return (
    <div className="py-3">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h2 className="h4 mb-0">{t('meetings.attendance.title')}</h2>
        {canManage && (
          <a href={signInSheetUrl(meeting.id)} className="btn btn-outline-primary btn-sm" target="_blank" rel="noreferrer">
            <Icon name="it-file" size="sm" color="primary" className="me-1" />
            {t('meetings.attendance.signInSheet')}
          </a>
        )}
      </div>
      <Totals totals={data.totals} />
      {data.items.length === 0 ? (
        <EmptyState message={t('meetings.attendance.empty')} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!missingDelegate) save.mutate();
          }}
          noValidate
        >
          {save.isError && <FormErrorSummary message={errorMessage(save.error)} fieldErrors={NO_FIELD_ERRORS} />}
          {missingDelegate && <p className="text-danger small">{t('meetings.attendance.delegatedToRequired')}</p>}
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="visually-hidden">{t('meetings.attendance.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.attendance.member')}</th>
                  <th scope="col">{t('meetings.attendance.role')}</th>
                  <th scope="col">{t('meetings.attendance.status')}</th>
                  <th scope="col">{t('meetings.attendance.delegatedTo')}</th>
                  <th scope="col">{t('meetings.attendance.checkedIn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r, i) => {
                  const name = rowName(r);
                  const entry = r.memberId ? entries[r.memberId] : undefined;
                  const editable = canManage && !!r.memberId && meeting.status !== 'cancelled';
                  return (
                    <tr key={r.memberId ?? `guest-${i}`}>
                      <th scope="row">
                        {name}
                        {!r.expected && <span className="d-block small text-secondary">{t('meetings.attendance.guest')}</span>}
                      </th>
                      <td>{r.role ? t(`tables.roles.${r.role}`) : '—'}</td>
                      <td>
                        {editable && entry ? (
                          <fieldset>
                            <legend className="visually-hidden">{t('meetings.attendance.statusOf', { name })}</legend>
                            {attendanceStatuses.map((s) => (
                              <div key={s} className="form-check form-check-inline mb-0">
                                <input
                                  id={`att-${r.memberId}-${s}`}
                                  type="radio"
                                  name={`att-${r.memberId}`}
                                  value={s}
                                  checked={entry.status === s}
                                  onChange={() => set(r.memberId!, { status: s })}
                                />
                                <label htmlFor={`att-${r.memberId}-${s}`}>{t(`meetings.attendance.statuses.${s}`)}</label>
                              </div>
                            ))}
                          </fieldset>
                        ) : r.status ? (
                          t(`meetings.attendance.statuses.${r.status}`)
                        ) : (
                          <span className="text-secondary">{t('meetings.attendance.notRecorded')}</span>
                        )}
                      </td>
                      <td>
                        {editable && entry?.status === 'delegated' ? (
                          <>
                            <label htmlFor={`att-${r.memberId}-delegated-to`} className="visually-hidden">
                              {t('meetings.attendance.delegatedToOf', { name })}
                            </label>
                            <input
                              id={`att-${r.memberId}-delegated-to`}
                              className={`form-control form-control-sm${!entry.delegatedTo.trim() ? ' is-invalid' : ''}`}
                              value={entry.delegatedTo}
                              maxLength={200}
                              required
                              aria-invalid={!entry.delegatedTo.trim() || undefined}
                              onChange={(e) => set(r.memberId!, { delegatedTo: e.target.value })}
                            />
                          </>
                        ) : (
                          (r.delegatedTo ?? '—')
                        )}
                      </td>
                      <td className="small">
                        {r.checkedInAt ? (
                          <>
                            {dateTime(r.checkedInAt)}
                            {r.source && <span className="d-block text-secondary">{t(`meetings.attendance.sources.${r.source}`)}</span>}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {canManage && meeting.status !== 'cancelled' && (
            <div className="d-flex flex-wrap align-items-center gap-3">
              <button type="submit" className="btn btn-primary" disabled={save.isPending || missingDelegate}>
                {save.isPending ? t('common:actions.saving') : t('meetings.attendance.save')}
              </button>
              <span role="status" className="text-success">
                {notice}
              </span>
            </div>
          )}
        </form>
      )}
    </div>
  );
}

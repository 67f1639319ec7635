import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, useFormat } from '../../../../../platform/web';
import { referralsQuery, type Box, type Referral } from '../../api/referrals';
import { ReferralActions } from './ReferralActions';
import { ReferralStatus } from './ReferralStatus';

const column = createColumnHelper<Referral>();

type Props = { box: Box; status: string; page: number; onPageChange: (p: number) => void };

/** Inbox or outbox, server-paged: the case, the other party, what is shared, age and status, the actions. */
export function ReferralsTable({ box, status, page, onPageChange }: Props) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const referrals = useQuery(referralsQuery(box, status, page));
  const columns = useMemo(
    () => [
      column.accessor('caseReference', {
        header: () => t('referrals.card.case'),
        cell: (c) => {
          const r = c.row.original;
          return r.box === 'outbox' || r.status === 'accepted' ? <Link to={`/casework/cases/${r.caseId}`}>{c.getValue()}</Link> : c.getValue();
        },
        meta: { rowHeader: true },
      }),
      column.display({
        id: 'party',
        header: () => (box === 'inbox' ? t('referrals.card.from') : t('referrals.card.to')),
        cell: (c) => {
          const p = box === 'inbox' ? c.row.original.from : c.row.original.to;
          return (
            <>
              {p.serviceName ?? '—'}
              <span className="d-block small text-secondary">{p.organizationName}</span>
            </>
          );
        },
      }),
      column.display({
        id: 'preview',
        header: () => t('referrals.card.preview'),
        cell: (c) => {
          const r = c.row.original;
          return (
            <div className="small">
              {r.subject && (
                <span className="d-block fw-semibold">
                  {r.subject.name}
                  {r.subject.birthYear && ` (${r.subject.birthYear})`}
                </span>
              )}
              <span className="d-block text-break">{r.reason}</span>
              <span className="d-block">
                {t('referrals.card.sharedShort', { sections: r.sections.map((s) => t(`cases.sections.${s}`)).join(', ') })}
                {r.until && ` · ${t('cases.participants.until', { date: date(r.until) })}`}
              </span>
              <span className="d-block">
                {t(`referrals.basis.${r.basis}`)}
                {r.legalBasisNote && ` – ${r.legalBasisNote}`}
              </span>
              {r.attachments.map((a) => (
                <a key={a.id} className="d-block" href={`/api/casework/documents/${a.id}`}>
                  {a.fileName}
                </a>
              ))}
              {r.decisionReason && <span className="d-block fst-italic">{t('referrals.card.decisionShort', { reason: r.decisionReason })}</span>}
            </div>
          );
        },
      }),
      column.accessor('sentAt', { header: () => t('referrals.card.sentAt'), cell: (c) => date(c.getValue()) }),
      column.accessor('status', { header: () => t('referrals.card.status'), cell: (c) => <ReferralStatus r={c.row.original} /> }),
      column.display({ id: 'actions', header: () => t('referrals.card.actions'), cell: (c) => <ReferralActions r={c.row.original} /> }),
    ],
    [t, date, box],
  );
  return (
    <DataTable
      caption={box === 'inbox' ? t('referrals.inboxCaption') : t('referrals.outboxCaption')}
      columns={columns}
      query={referrals}
      onPageChange={onPageChange}
      getRowId={(r) => r.id}
      emptyMessage={box === 'inbox' ? t('referrals.inboxEmpty') : t('referrals.outboxEmpty')}
    />
  );
}

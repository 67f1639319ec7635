import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../../platform/web';
import type { Referral } from '../../api/referrals';
import { ReferralActions } from './ReferralActions';
import { ReferralStatus } from './ReferralStatus';

/** One referral: who to whom, why, on what basis, what it shares, its age and the actions allowed. */
export function ReferralCard({ r, headingLevel = 3 }: { r: Referral; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('casework');
  const { date, dateTime } = useFormat();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const canOpenCase = r.box === 'outbox' || r.status === 'accepted';
  return (
    <article className="border rounded p-3 mb-3 bg-white" aria-labelledby={`ref-${r.id}`}>
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <Heading id={`ref-${r.id}`} className="h5 mb-1">
          {canOpenCase ? <Link to={`/casework/cases/${r.caseId}`}>{t('referrals.card.title', { reference: r.caseReference })}</Link> : t('referrals.card.title', { reference: r.caseReference })}
        </Heading>
        <div>
          <ReferralStatus r={r} />
        </div>
      </div>
      <dl className="row small mb-2">
        <dt className="col-sm-3">{r.box === 'inbox' ? t('referrals.card.from') : t('referrals.card.to')}</dt>
        <dd className="col-sm-9">
          {r.box === 'inbox' ? `${r.from.serviceName ?? '—'} – ${r.from.organizationName ?? ''}` : `${r.to.serviceName ?? '—'} – ${r.to.organizationName ?? ''}`}
        </dd>
        {r.subject && (
          <>
            <dt className="col-sm-3">{t('referrals.card.subject')}</dt>
            <dd className="col-sm-9">
              {r.subject.name}
              {r.subject.birthYear && ` (${r.subject.birthYear})`}
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t('referrals.card.sentAt')}</dt>
        <dd className="col-sm-9">{dateTime(r.sentAt)}</dd>
        <dt className="col-sm-3">{t('referrals.form.reason')}</dt>
        <dd className="col-sm-9 text-break">{r.reason}</dd>
        <dt className="col-sm-3">{t('referrals.form.basis')}</dt>
        <dd className="col-sm-9">
          {t(`referrals.basis.${r.basis}`)}
          {r.legalBasisNote && ` – ${r.legalBasisNote}`}
        </dd>
        <dt className="col-sm-3">{t('referrals.card.shared')}</dt>
        <dd className="col-sm-9">
          {r.sections.map((s) => t(`cases.sections.${s}`)).join(', ')}
          {r.until && ` · ${t('cases.participants.until', { date: date(r.until) })}`}
        </dd>
        {r.attachments.length > 0 && (
          <>
            <dt className="col-sm-3">{t('referrals.form.attachments')}</dt>
            <dd className="col-sm-9">
              <ul className="list-unstyled mb-0">
                {r.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/api/casework/documents/${a.id}`}>{a.fileName}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {r.decisionReason && (
          <>
            <dt className="col-sm-3">{t('referrals.card.decision')}</dt>
            <dd className="col-sm-9 text-break">{r.decisionReason}</dd>
          </>
        )}
      </dl>
      <ReferralActions r={r} />
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import { Badge, useFormat } from '../../../../../platform/web';
import type { CaseView } from '../../api/cases';

/** The services taking part and which parts of the record each sees. */
export function ParticipantsList({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  return (
    <ul className="list-unstyled mb-0">
      {c.participants.map((p) => (
        <li key={`${p.serviceId}-${p.role}`} className="border-bottom py-2">
          <span className="fw-semibold">{p.serviceName}</span> – {p.organizationName}{' '}
          <Badge tone={p.role === 'lead' ? 'primary' : 'light'}>{t(`cases.roles.${p.role}`)}</Badge>
          {p.ended && <Badge tone="secondary">{t('cases.participants.ended')}</Badge>}
          <span className="d-block small">
            {p.role === 'lead'
              ? t('cases.participants.allSections')
              : t('cases.participants.sections', { sections: p.sections.map((s) => t(`cases.sections.${s}`)).join(', ') })}
            {p.until && ` · ${t('cases.participants.until', { date: date(p.until) })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

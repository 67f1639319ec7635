import { useTranslation } from 'react-i18next';
import { Badge, useFormat } from '../../../../../platform/web';
import type { Person } from '../../api/persons';
import { useIsoNames } from './isoNames';
import { daysUntil, formatPartialDate } from './partialDate';

const EXPIRING_DAYS = 60;

function PermitBadge({ expiresOn }: { expiresOn: string | null }) {
  const { t } = useTranslation('casework');
  if (!expiresOn) return null;
  const days = daysUntil(expiresOn);
  if (days < 0) return <Badge tone="danger">{t('person.permitExpired')}</Badge>;
  if (days <= EXPIRING_DAYS) return <Badge tone="warning">{t('person.permitExpiring', { count: days })}</Badge>;
  return null;
}

const TAX_TONE = { consistent: 'success', inconsistent: 'warning', provisional: 'light', absent: 'secondary' } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="col-12 col-md-6 col-xl-4 mb-3">
      <dt className="small text-secondary fw-normal">{label}</dt>
      <dd className="mb-0">{children}</dd>
    </div>
  );
}

/** Who the person is: names in both scripts, birth, origin, languages, legal status and contacts. */
export function IdentityCard({ person: p }: { person: Person }) {
  const { t, i18n } = useTranslation('casework');
  const fmt = useFormat();
  const iso = useIsoNames();
  const native = [p.nativeGivenName, p.nativeFamilyName].filter(Boolean).join(' ');
  const dash = '—';
  return (
    <dl className="row mb-0">
      <Row label={t('person.nameLatin')}>
        {p.givenName} {p.familyName}
      </Row>
      <Row label={t('person.nameNative')}>{native ? <span dir="auto">{native}</span> : dash}</Row>
      <Row label={t('person.alternativeNames')}>{p.alternativeNames.length ? <span dir="auto">{p.alternativeNames.join(', ')}</span> : dash}</Row>
      <Row label={t('person.sex')}>{p.sex ? t(`sexes.${p.sex}`) : dash}</Row>
      <Row label={t('person.birthDate')}>{formatPartialDate(p.birthDate, i18n.language) || dash}</Row>
      <Row label={t('person.birthPlace')}>{[p.birthPlace, p.birthCountry && iso.countryName(p.birthCountry)].filter(Boolean).join(', ') || dash}</Row>
      <Row label={t('person.citizenships')}>{p.citizenships.map(iso.countryName).join(', ') || dash}</Row>
      <Row label={t('person.languages')}>
        {p.languages.map(iso.languageName).join(', ') || dash}
        {p.needsMediator && (
          <>
            {' '}
            <Badge tone="primary">{t('person.mediatorNeeded')}</Badge>
          </>
        )}
      </Row>
      <Row label={t('person.permit')}>
        {p.permit ? (
          <>
            {t(`permitTypes.${p.permit.type}`)}
            {p.permit.number && <span className="d-block small">{t('person.permitNumberValue', { number: p.permit.number })}</span>}
            {p.permit.expiresOn && <span className="d-block small">{t('person.permitExpiresValue', { date: fmt.date(p.permit.expiresOn) })}</span>}
            <PermitBadge expiresOn={p.permit.expiresOn} />
          </>
        ) : (
          dash
        )}
      </Row>
      <Row label={t('person.taxCode')}>
        {p.taxCode ? <span className="font-monospace me-2">{p.taxCode}</span> : null}
        <Badge tone={TAX_TONE[p.taxCodeCheck]}>{t(`taxCodeChecks.${p.taxCodeCheck}`)}</Badge>
      </Row>
      <Row label={t('person.phone')}>{p.phone ?? dash}</Row>
      <Row label={t('person.email')}>{p.email ?? dash}</Row>
      <Row label={t('person.address')}>{p.address ?? dash}</Row>
      <Row label={t('person.registeredBy')}>{[p.registeredBy.serviceName, p.registeredBy.organizationName].filter(Boolean).join(' — ') || dash}</Row>
    </dl>
  );
}

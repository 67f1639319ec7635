import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { helpDeskBody } from '../../contract';
import { SelectField, TextAreaField, TextField } from '../../../../platform/web';
import { helpDesksQuery, servicesQuery, type HelpDesk, type Organization } from '../api';
import { ManagedItems } from './ManagedItems';
import { MunicipalityOptionsSelect } from './OrgSelects';

const empty = { name: '', serviceId: '', address: '', municipalityId: '', openingHours: '', phone: '', email: '' };

export function HelpDesksTab({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const desks = useQuery(helpDesksQuery(org.id));
  const services = useQuery(servicesQuery(org.id));
  const serviceName = (id: string | null) => services.data?.find((s) => s.id === id)?.name;
  const labels = {
    name: t('helpDesks.name'),
    serviceId: t('helpDesks.service'),
    address: t('fields.address'),
    municipalityId: t('fields.municipality'),
    openingHours: t('helpDesks.openingHours'),
    phone: t('fields.phone'),
    email: t('fields.email'),
  };
  return (
    <ManagedItems<HelpDesk, typeof empty>
      org={org}
      prefix="helpDesks"
      path="help-desks"
      query={desks}
      schema={helpDeskBody}
      empty={empty}
      labels={labels}
      toValues={(d) => ({
        name: d.name,
        serviceId: d.serviceId ?? '',
        address: d.address ?? '',
        municipalityId: d.municipalityId ?? '',
        openingHours: d.openingHours ?? '',
        phone: d.phone ?? '',
        email: d.email ?? '',
      })}
      toBody={(v) => ({ ...v, serviceId: v.serviceId || null, municipalityId: v.municipalityId || null })}
      fields={(form) => (
        <>
          <TextField label={labels.name} required maxLength={300} {...form.field('name')} />
          <div className="row">
            <div className="col-12 col-md-6">
              <SelectField
                label={labels.serviceId}
                emptyLabel={t('form.none')}
                options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                {...form.field('serviceId')}
              />
            </div>
            <div className="col-12 col-md-6">
              <MunicipalityOptionsSelect districtId={org.districtId ?? ''} {...form.field('municipalityId')} />
            </div>
          </div>
          <TextField label={labels.address} maxLength={300} {...form.field('address')} />
          <TextAreaField label={labels.openingHours} hint={t('helpDesks.openingHoursHint')} rows={2} maxLength={1000} {...form.field('openingHours')} />
          <div className="row">
            <div className="col-12 col-md-6">
              <TextField label={labels.phone} type="tel" {...form.field('phone')} />
            </div>
            <div className="col-12 col-md-6">
              <TextField label={labels.email} type="email" {...form.field('email')} />
            </div>
          </div>
        </>
      )}
      details={(d) => (
        <>
          {serviceName(d.serviceId) && <p className="mb-1 small">{t('helpDesks.forService', { name: serviceName(d.serviceId) })}</p>}
          {d.address && <p className="mb-1 small">{d.address}</p>}
          {d.openingHours && (
            <p className="mb-1 small" style={{ whiteSpace: 'pre-line' }}>
              {d.openingHours}
            </p>
          )}
          {(d.email || d.phone) && <p className="mb-0 small text-secondary">{[d.email, d.phone].filter(Boolean).join(' · ')}</p>}
        </>
      )}
    />
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serviceBody } from '../../contract';
import { TextAreaField, TextField } from '../../../../platform/web';
import { servicesQuery, type Organization, type Service } from '../api';
import { ManagedItems } from './ManagedItems';

const empty = { name: '', description: '', email: '', phone: '' };

export function ServicesTab({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const services = useQuery(servicesQuery(org.id));
  const labels = { name: t('services.name'), description: t('fields.description'), email: t('fields.email'), phone: t('fields.phone') };
  return (
    <ManagedItems<Service, typeof empty>
      org={org}
      prefix="services"
      path="services"
      query={services}
      schema={serviceBody}
      empty={empty}
      labels={labels}
      toValues={(s) => ({ name: s.name, description: s.description ?? '', email: s.email ?? '', phone: s.phone ?? '' })}
      toBody={(v) => v}
      fields={(form) => (
        <>
          <TextField label={labels.name} required maxLength={300} {...form.field('name')} />
          <TextAreaField label={labels.description} rows={3} maxLength={4000} {...form.field('description')} />
          <div className="row">
            <div className="col-12 col-md-6">
              <TextField label={labels.email} type="email" {...form.field('email')} />
            </div>
            <div className="col-12 col-md-6">
              <TextField label={labels.phone} type="tel" {...form.field('phone')} />
            </div>
          </div>
        </>
      )}
      details={(s) => (
        <>
          {s.description && <p className="mb-1 small">{s.description}</p>}
          {(s.email || s.phone) && <p className="mb-0 small text-secondary">{[s.email, s.phone].filter(Boolean).join(' · ')}</p>}
        </>
      )}
    />
  );
}

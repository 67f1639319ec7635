import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { municipalityOptionsQuery, type Organization } from '../api';

/** The organisation's registry data as a description list; empty fields are left out. */
export function OrganizationDetails({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const municipalities = useQuery({ ...municipalityOptionsQuery(org.districtId ?? ''), enabled: !!org.districtId && !!org.municipalityId });
  const municipality = municipalities.data?.items.find((m) => m.id === org.municipalityId)?.name;
  const rows: [string, ReactNode][] = [
    [t('fields.kind'), t(`kinds.${org.kind}`)],
    [t('fields.sector'), t(`sectors.${org.sector}`)],
    [t('fields.shortName'), org.shortName],
    [t('fields.taxId'), org.taxId],
    [t('fields.ipaCode'), org.ipaCode],
    [t('fields.district'), org.districtName],
    [t('fields.municipality'), municipality],
    [t('fields.address'), org.address],
    [t('fields.email'), org.email && <a href={`mailto:${org.email}`}>{org.email}</a>],
    [t('fields.phone'), org.phone && <a href={`tel:${org.phone.replace(/[^+0-9]/g, '')}`}>{org.phone}</a>],
    [t('fields.website'), org.website && <a href={org.website} rel="noopener noreferrer" target="_blank">{org.website}</a>],
  ];
  return (
    <>
      {org.description && <p className="mb-3">{org.description}</p>}
      <dl className="row">
        {rows
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([label, value]) => (
            <div key={label} className="col-12 col-md-6 d-flex flex-column mb-2">
              <dt>{label}</dt>
              <dd className="mb-0 text-break">{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

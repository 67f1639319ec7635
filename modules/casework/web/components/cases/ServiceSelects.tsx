import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SelectField, useSession } from '../../../../../platform/web';
import { districtOrganizationsQuery, organizationServicesQuery, type ServiceOption } from '../../api/cases';

const CASE_ROLES = ['operator', 'org_admin'];

type OrgRef = { id: string; name: string };

function useServicesOf(orgs: OrgRef[]): { options: ServiceOption[]; pending: boolean } {
  const results = useQueries({ queries: orgs.map((o) => organizationServicesQuery(o)) });
  return { options: results.flatMap((r) => r.data ?? []), pending: results.some((r) => r.isPending) };
}

/** The services of the organisations where the caller works on cases (their organisation-scoped grants). */
export function useMyServices() {
  const { me } = useSession();
  const seen = new Map<string, OrgRef>();
  for (const g of me.grants) if (g.scopeKind === 'organization' && g.scopeId && CASE_ROLES.includes(g.role)) seen.set(g.scopeId, { id: g.scopeId, name: g.scopeName ?? '' });
  return useServicesOf([...seen.values()]);
}

/** Every service of the district's organisations: the possible receivers of a referral. */
export function useDistrictServices(districtId: string) {
  const orgs = useQuery(districtOrganizationsQuery(districtId));
  const list = useServicesOf(orgs.data?.items ?? []);
  return { options: list.options, pending: orgs.isPending || list.pending };
}

type SelectProps = { label: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean; hint?: string; excludeIds?: string[] };

function ServiceSelect({ options, pending, label, excludeIds = [], ...rest }: SelectProps & { options: ServiceOption[]; pending: boolean }) {
  const { t } = useTranslation('casework');
  const byName = [...options].filter((o) => !excludeIds.includes(o.id)).sort((a, b) => a.organizationName.localeCompare(b.organizationName) || a.name.localeCompare(b.name));
  return (
    <SelectField
      label={label}
      emptyLabel={pending ? t('cases.form.loadingServices') : t('cases.form.choose')}
      options={byName.map((o) => ({ value: o.id, label: `${o.name} – ${o.organizationName}` }))}
      {...rest}
    />
  );
}

export function MyServiceSelect(props: SelectProps) {
  const services = useMyServices();
  return <ServiceSelect {...props} {...services} />;
}

export function DistrictServiceSelect({ districtId, ...props }: SelectProps & { districtId: string }) {
  const services = useDistrictServices(districtId);
  return <ServiceSelect {...props} {...services} />;
}

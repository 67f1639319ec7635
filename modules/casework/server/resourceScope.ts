import { can, visibility } from '../../../platform/access/policy';
import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { servicesOfOrganizations } from '../../organizations/module';
import { caseworkPermissions as P } from './access';

export type DistrictSet = { all: true } | { all: false; ids: string[] };

/** Districts the organisations work in, as the organisations module knows them (through their services). */
export async function districtsOfOrganizations(db: Db, organizationIds: readonly string[]): Promise<Map<string, string>> {
  const services = await servicesOfOrganizations(db, organizationIds);
  return new Map(services.filter((s) => s.districtId).map((s) => [s.organizationId, s.districtId!]));
}

/**
 * The mediator pool and housing units are the district's: visible to the platform, to the
 * district's coordinators, and to the staff of organisations working in the district.
 */
export async function readableDistricts(db: Db, actor: Actor): Promise<DistrictSet> {
  const v = visibility(actor, P['casework.resources.read']);
  if (v.all) return { all: true };
  const ofOrganizations = await districtsOfOrganizations(db, v.organizationIds);
  return { all: false, ids: [...new Set([...v.districtIds, ...ofOrganizations.values()])] };
}

export const inDistricts = (set: DistrictSet, districtId: string) => set.all || set.ids.includes(districtId);

/** Managed by the platform admin, the district's coordinator, or the owning organisation's admin. */
export function canManageResource(actor: Actor, resource: { districtId: string; organizationId: string }): boolean {
  return can(actor, P['casework.resources.manage'], { districtIds: [resource.districtId], organizationId: resource.organizationId });
}

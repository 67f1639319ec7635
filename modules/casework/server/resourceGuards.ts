import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { forbidden, notFound } from '../../../platform/errors/appError';
import type { Locale } from '../../../platform/i18n/i18n';
import { districtExists, municipalityExists } from '../../territory/module';
import { invalidField } from './input';
import { canManageResource, districtsOfOrganizations, inDistricts, readableDistricts } from './resourceScope';

/**
 * Where a new (or moved) resource may go: an existing district, an organisation working in it, and
 * a caller who manages resources there. Refusals name the field, as a form shows them.
 */
export async function checkResourcePlace(db: Db, actor: Actor, target: { districtId: string; organizationId: string; municipalityId?: string | null }, locale: Locale): Promise<void> {
  if (!(await districtExists(db, target.districtId))) throw invalidField('districtId', 'unknown_district', locale);
  const orgDistrict = (await districtsOfOrganizations(db, [target.organizationId])).get(target.organizationId);
  if (orgDistrict !== target.districtId) throw invalidField('organizationId', 'organization_not_in_district', locale);
  if (!canManageResource(actor, target)) {
    const orgAdminOnly = actor.grants.every((g) => g.scopeKind === 'organization');
    throw orgAdminOnly ? invalidField('organizationId', 'not_your_organization', locale) : invalidField('districtId', 'not_your_district', locale);
  }
  await checkMunicipality(db, target.municipalityId, locale);
}

/** Municipalities are the territory module's records: checked through its entry, not a foreign key. */
export async function checkMunicipality(db: Db, municipalityId: string | null | undefined, locale: Locale): Promise<void> {
  if (municipalityId && !(await municipalityExists(db, municipalityId))) throw invalidField('municipalityId', 'unknown_municipality', locale);
}

/** A resource outside the caller's districts is a 404; one they see but do not manage, a 403. */
export async function authorizeResourceChange(db: Db, actor: Actor, resource: { districtId: string; organizationId: string }): Promise<void> {
  if (!inDistricts(await readableDistricts(db, actor), resource.districtId)) throw notFound();
  if (!canManageResource(actor, resource)) throw forbidden();
}

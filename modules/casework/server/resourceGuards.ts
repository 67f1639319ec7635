import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { forbidden, notFound } from '../../../platform/errors/appError';
import type { Locale } from '../../../platform/i18n/i18n';
import { districtExists, municipalityExists } from '../../territory/module';
import { invalidField } from './planGuards';
import { canManageResource, districtsOfOrganizations, inDistricts, readableDistricts } from './resourceScope';

/**
 * Where a new (or moved) resource may go: an existing district, an organisation working in it, and
 * a caller who manages resources there. Refusals name the field, as a form shows them.
 */
export async function checkResourcePlace(db: Db, actor: Actor, target: { districtId: string; organizationId: string; municipalityId?: string | null }, locale: Locale): Promise<void> {
  if (!(await districtExists(db, target.districtId))) throw invalidField(locale, 'districtId', 'unknown_district');
  const orgDistrict = (await districtsOfOrganizations(db, [target.organizationId])).get(target.organizationId);
  if (orgDistrict !== target.districtId) throw invalidField(locale, 'organizationId', 'organization_not_in_district');
  if (!canManageResource(actor, target)) {
    const orgAdminOnly = actor.grants.every((g) => g.scopeKind === 'organization');
    throw orgAdminOnly ? invalidField(locale, 'organizationId', 'not_your_organization') : invalidField(locale, 'districtId', 'not_your_district');
  }
  await checkMunicipality(db, target.municipalityId, locale);
}

/** Municipalities are the territory module's records: checked through its entry, not a foreign key. */
export async function checkMunicipality(db: Db, municipalityId: string | null | undefined, locale: Locale): Promise<void> {
  if (municipalityId && !(await municipalityExists(db, municipalityId))) throw invalidField(locale, 'municipalityId', 'unknown_municipality');
}

/** A resource outside the caller's districts is a 404; one they see but do not manage, a 403. */
export async function authorizeResourceChange(db: Db, actor: Actor, resource: { districtId: string; organizationId: string }): Promise<void> {
  if (!inDistricts(await readableDistricts(db, actor), resource.districtId)) throw notFound();
  if (!canManageResource(actor, resource)) throw forbidden();
}

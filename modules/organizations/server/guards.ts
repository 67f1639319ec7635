import { and, eq, isNull } from 'drizzle-orm';
import { can, type Permission } from '../../../platform/access/policy';
import type { RouteContext } from '../../../platform/http/route';
import type { Db } from '../../../platform/db/database';
import { badRequest, notFound } from '../../../platform/errors/appError';
import type { Locale } from '../../../platform/i18n/i18n';
import { districtExists, municipalityExists } from '../../territory/module';
import { organizationScope } from './access';
import { services } from './schema';
import { loadOrganization, type OrganizationRow } from './queries/organizations';

/** Loads an organisation and checks the record-level rule; out of scope answers 404. */
export async function loadAllowed(ctx: Pick<RouteContext<unknown, unknown, unknown>, 'db' | 'actor'>, id: string, permission: Permission): Promise<OrganizationRow> {
  const org = await loadOrganization(ctx.db, id);
  if (!can(ctx.actor, permission, organizationScope(org))) throw notFound();
  return org;
}

/** Field messages a person reads, in the caller's language. */
const fieldMessages = {
  unknownDistrict: { it: 'Ambito inesistente', en: 'Unknown district' },
  unknownMunicipality: { it: 'Comune inesistente', en: 'Unknown municipality' },
  notYourDistrict: { it: 'Non è un ambito che coordini', en: 'Not a district you coordinate' },
  notOurService: { it: 'Non è un servizio di questo ente', en: 'Not a service of this organisation' },
} satisfies Record<string, Record<Locale, string>>;

export const invalidField = (field: string, message: keyof typeof fieldMessages, locale: Locale) =>
  badRequest('validation', 'errors.validation', {}, [{ field, message: fieldMessages[message][locale] }]);

/** District and municipality are the territory module's records: checked through its entry, not a foreign key. */
export async function checkReferences(db: Db, body: { districtId?: string | null; municipalityId?: string | null }, locale: Locale): Promise<void> {
  const fields: { field: string; message: string }[] = [];
  if (body.districtId && !(await districtExists(db, body.districtId))) fields.push({ field: 'districtId', message: fieldMessages.unknownDistrict[locale] });
  if (body.municipalityId && !(await municipalityExists(db, body.municipalityId))) fields.push({ field: 'municipalityId', message: fieldMessages.unknownMunicipality[locale] });
  if (fields.length) throw badRequest('validation', 'errors.validation', {}, fields);
}

/** A help desk may only point at a current (not removed) service of its own organisation. */
export async function checkServiceOfOrganization(db: Db, organizationId: string, serviceId: string | null | undefined, locale: Locale): Promise<void> {
  if (!serviceId) return;
  const [svc] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.organizationId, organizationId), isNull(services.archivedAt)));
  if (!svc) throw invalidField('serviceId', 'notOurService', locale);
}

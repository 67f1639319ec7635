import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { organizations, services } from '../schema';

export type ServiceInfo = {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  districtId: string | null;
  archived: boolean;
};

const columns = {
  id: services.id,
  name: services.name,
  organizationId: services.organizationId,
  organizationName: organizations.name,
  organizationKind: organizations.kind,
  districtId: organizations.districtId,
  archivedAt: services.archivedAt,
};

const present = (r: { archivedAt: Date | null } & Omit<ServiceInfo, 'archived'>): ServiceInfo => {
  const { archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt !== null };
};

/** Services with their organisation and district, for modules that refer to services by id (casework). */
export async function findServices(db: Db, ids: readonly string[]): Promise<Map<string, ServiceInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(columns).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(inArray(services.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, present(r)]));
}

/** The services of some organisations (a user's own services, for pickers). */
export async function servicesOfOrganizations(db: Db, organizationIds: readonly string[]): Promise<ServiceInfo[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.select(columns).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(inArray(services.organizationId, [...organizationIds]));
  return rows.map(present);
}

/** Every active service of a district's organisations (referral targets). */
export async function servicesOfDistrict(db: Db, districtId: string): Promise<ServiceInfo[]> {
  const rows = await db.select(columns).from(services).innerJoin(organizations, eq(organizations.id, services.organizationId)).where(eq(organizations.districtId, districtId));
  return rows.filter((r) => r.archivedAt === null).map(present);
}

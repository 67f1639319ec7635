import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { findServices, type ServiceInfo } from '../../organizations/module';
import { caseworkOrganizations, caseworkPermissions } from './access';

/**
 * A service the caller may act for: not archived, of an organisation where they work on cases
 * (write). Null otherwise; each caller says why in its own words.
 */
export async function ownService(db: Db, actor: Actor, serviceId: string): Promise<ServiceInfo | null> {
  const service = (await findServices(db, [serviceId])).get(serviceId);
  if (!service || service.archived) return null;
  return caseworkOrganizations(actor, caseworkPermissions['casework.cases.write']).includes(service.organizationId) ? service : null;
}

import type { Db } from '../../../../platform/db/database';
import { organizationProfiles } from '../../../organizations/module';
import type { GraphOrganisation } from './graph';

/** Name, sector and kind of organisations, for the graph's nodes; archived ones are kept (a past date shows who was there). */
export async function organisationProfiles(db: Db, ids: readonly string[]): Promise<GraphOrganisation[]> {
  return (await organizationProfiles(db, ids)).map((r) => ({ id: r.id, name: r.name, sector: r.sector, kind: r.kind }));
}

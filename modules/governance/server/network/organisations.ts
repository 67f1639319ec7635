import { sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { GraphOrganisation } from './graph';

/**
 * Name, sector and kind of organisations, for the graph's nodes.
 *
 * STOPGAP: the organizations module exports `organizationNames` only, not the sector or kind, so this reads
 * its table by id (no join with governance tables). To be replaced by an export of organizations' module.ts
 * (e.g. `organizationProfiles(db, ids)`) when its owner adds one. Archived organisations are kept: the graph
 * at a past date must show who was there.
 */
export async function organisationProfiles(db: Db, ids: readonly string[]): Promise<GraphOrganisation[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`select id::text as id, name, sector, kind from organizations_organizations where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  return (result as unknown as { rows: { id: string; name: string; sector: GraphOrganisation['sector']; kind: string }[] }).rows.map((r) => ({
    id: r.id,
    name: r.name,
    sector: r.sector,
    kind: r.kind,
  }));
}

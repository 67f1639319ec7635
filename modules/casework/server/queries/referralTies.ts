import { and, count, gte, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { referrals } from '../schema';

export type ReferralTieCount = { fromOrganizationId: string; toOrganizationId: string; count: number };

/**
 * Referrals sent from one organisation's services to another's in a period (`from`..`to` inclusive ISO dates,
 * by the day they were sent), for governance's network graph. Only organisation pairs and counts leave the
 * module: no case, person or service.
 *
 * Every referral sent counts, whatever its later outcome (pending, accepted, declined, revoked): the tie measured
 * is "this organisation turned to that one", which happened even when the other declined or the sender revoked.
 * Referrals between two services of the same organisation are internal and left out.
 */
export async function referralTies(db: Db, period: { from: string; to: string }): Promise<ReferralTieCount[]> {
  const rows = await db
    .select({ fromOrganizationId: referrals.fromOrganizationId, toOrganizationId: referrals.toOrganizationId, count: count() })
    .from(referrals)
    .where(
      and(
        ne(referrals.fromOrganizationId, referrals.toOrganizationId),
        gte(referrals.sentAt, sql`${period.from}::date`),
        lt(referrals.sentAt, sql`(${period.to}::date + 1)`),
      ),
    )
    .groupBy(referrals.fromOrganizationId, referrals.toOrganizationId);
  return rows.map((r) => ({ ...r, count: Number(r.count) })).sort((a, b) => a.fromOrganizationId.localeCompare(b.fromOrganizationId) || a.toOrganizationId.localeCompare(b.toOrganizationId));
}

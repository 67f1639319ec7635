import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { can } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import { governancePermissions as P } from '../access';
import { agreementParties, agreements } from '../schema';

/** What access needs to know about one agreement. */
export type AgreementFacts = {
  keeperOrganizationId: string;
  districtId: string | null;
  partyOrganizationIds: readonly string[];
};

export type AgreementAccess = {
  /** The agreement, its parties, obligations and documents. */
  see: boolean;
  /** Edit it, its parties, obligations and documents; renew it. */
  manage: boolean;
};

/** An agreement lives in its keeper organisation and in its district. */
export const agreementScope = (a: { keeperOrganizationId: string; districtId: string | null }) => ({
  organizationId: a.keeperOrganizationId,
  districtIds: a.districtId ? [a.districtId] : [],
});

/**
 * The one rule of agreement access (README "Who sees what"): platform grants and the district's grants see it,
 * and so do organisation grants of the keeper or of a party; `governance.manage` over the keeper and the
 * district manages it. Everybody else gets 404.
 */
export function agreementAccess(actor: Actor, a: AgreementFacts): AgreementAccess {
  const manage = can(actor, P['governance.manage'], agreementScope(a));
  const orgs = new Set([a.keeperOrganizationId, ...a.partyOrganizationIds]);
  const see =
    manage ||
    actor.grants.some(
      (g) =>
        g.scopeKind === 'platform' ||
        (g.scopeKind === 'district' && !!g.scopeId && g.scopeId === a.districtId) ||
        (g.scopeKind === 'organization' && !!g.scopeId && orgs.has(g.scopeId)),
    );
  return { see, manage };
}

const uuids = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);

/** The SQL twin of agreementAccess(...).see over `governance_agreements`, for lists; undefined = all. */
export function visibleAgreementCondition(actor: Actor): SQL | undefined {
  if (actor.grants.some((g) => g.scopeKind === 'platform')) return undefined;
  const orgs = actor.grants.filter((g) => g.scopeKind === 'organization' && g.scopeId).map((g) => g.scopeId!);
  const districts = actor.grants.filter((g) => g.scopeKind === 'district' && g.scopeId).map((g) => g.scopeId!);
  const c: SQL[] = [];
  if (districts.length) c.push(inArray(agreements.districtId, districts));
  if (orgs.length) {
    c.push(inArray(agreements.keeperOrganizationId, orgs));
    c.push(sql`exists (select 1 from ${agreementParties} p where p.agreement_id = ${agreements.id} and p.organization_id in (${uuids(orgs)}))`);
  }
  return c.length ? or(...c) : sql`false`;
}

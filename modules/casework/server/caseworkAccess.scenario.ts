import type { TestApp } from '../../../platform/testing/testApp';
import type { TestNetwork, TestUser } from './testing';

/**
 * The actors of the casework access matrix (caseworkAccess.matrix.test.ts and
 * caseworkAccess.records.test.ts), and how their answers are checked.
 *
 * On an ordinary case led by the lead service, with the partner service joined with the identity
 * and needs sections: `lead` (lead operator), `participant` (partner operator), `other` (a service
 * of the district with no part in it). On a restricted case led by the same service: `named`
 * (lead.operator2, named on it) and `colleague` (lead.operator, not named). Then the roles that
 * never reach a person: `coordinator`, `analyst`, `admin` (platform administrator).
 */
export const actorNames = ['lead', 'participant', 'other', 'named', 'colleague', 'coordinator', 'analyst', 'admin'] as const;
export type ActorName = (typeof actorNames)[number];

/** One expected status code, or any 2xx answer ('ok'). */
export type Status = number | 'ok';
/** Statuses per actor. */
export type Expect = Record<ActorName, Status>;

/** The roles without casework access to persons answer 403 on every person and case route. */
export const NOT_STAFF = { coordinator: 403, analyst: 403, admin: 403 } as const;

/** The actors pointed at the restricted case rather than the ordinary one. */
export const onRestrictedCase = (a: string): boolean => a === 'named' || a === 'colleague';

export function matrixActors(n: TestNetwork): Record<ActorName, TestUser> {
  return {
    lead: n.lead.operator,
    participant: n.partner.operator,
    other: n.other.operator,
    named: n.lead.operator2,
    colleague: n.lead.operator,
    coordinator: n.coordinator,
    analyst: n.analyst,
    admin: n.platformAdmin,
  };
}

export async function callAs(t: TestApp, method: string, url: string, who: TestUser, payload?: unknown) {
  return t.request({ method: method as 'GET', url, as: who.cookie, payload: payload as Record<string, unknown> | undefined });
}

/** Null when the status is the one wanted, otherwise a line saying what came instead. */
export function statusMismatch(label: string, res: { statusCode: number; body: string }, want: Status): string | null {
  const ok = want === 'ok' ? res.statusCode >= 200 && res.statusCode < 300 : res.statusCode === want;
  return ok ? null : `${label}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 300)}`;
}

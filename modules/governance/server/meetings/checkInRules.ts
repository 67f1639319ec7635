import type { Actor } from '../../../../platform/access/roles';
import type { ExpectedMember, MeetingRow } from './attendance';

/** Check-in opens this long before the start and closes this long after the end. */
export const CHECK_IN_MARGIN_MS = 12 * 60 * 60 * 1000;

export function checkInOpen(meeting: Pick<MeetingRow, 'startsAt' | 'endsAt' | 'status'>, now: Date): boolean {
  if (meeting.status === 'cancelled') return false;
  return now.getTime() >= meeting.startsAt.getTime() - CHECK_IN_MARGIN_MS && now.getTime() <= meeting.endsAt.getTime() + CHECK_IN_MARGIN_MS;
}

/**
 * The expected member the actor checks in for: first where they are named (delegate, substitute), then the
 * member organisation they work for (any organisation-scoped grant). Null when they do not sit at the table.
 */
export function memberOfActor(actor: Actor, expected: readonly ExpectedMember[]): ExpectedMember | null {
  const named = expected.find((m) => m.delegateUserId === actor.userId || m.substituteUserId === actor.userId);
  if (named) return named;
  const orgs = new Set(actor.grants.filter((g) => g.scopeKind === 'organization' && g.scopeId).map((g) => g.scopeId!));
  return expected.find((m) => m.organizationId && orgs.has(m.organizationId)) ?? null;
}

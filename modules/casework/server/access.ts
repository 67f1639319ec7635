import { definePermissions, holds, type Permission } from '../../../platform/access/policy';
import type { Actor, Role } from '../../../platform/access/roles';
import { sections as allSections, type CaseAccess } from '../contract';

type Section = (typeof allSections)[number];

const SERVICE_STAFF: Role[] = ['operator', 'org_admin'];

export const caseworkPermissions = definePermissions({
  'casework.cases.read': { roles: SERVICE_STAFF, description: 'See the cases and persons your services take part in' },
  'casework.cases.write': { roles: SERVICE_STAFF, description: 'Register persons, open cases, refer, plan, record notes and interventions' },
  'casework.persons.merge': { roles: SERVICE_STAFF, description: 'Merge two records of the same person (both must be visible to you)' },
  'casework.persons.export': { roles: SERVICE_STAFF, description: "Export everything held about a person for an access request" },
  'casework.persons.erase': { roles: ['org_admin'], description: "Erase or pseudonymise a person's data on request (head of the registering service)" },
  'casework.retention.run': { roles: ['platform_admin'], description: 'Apply the retention rule: pseudonymise persons whose cases closed long ago' },
  'casework.resources.read': { roles: ['platform_admin', 'district_coordinator', 'org_admin', 'operator'], description: 'See the mediator pool and the housing units' },
  'casework.resources.manage': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: 'Manage the mediator pool and the housing units' },
  'casework.facts.read': { roles: ['platform_admin', 'district_coordinator', 'analyst'], description: 'See casework aggregates (small counts suppressed), never a person' },
});

const P = caseworkPermissions;

/** Organisations in which the actor works on cases: only organisation-scoped grants give access to people. */
export function caseworkOrganizations(actor: Actor, permission: Permission = P['casework.cases.read']): string[] {
  return actor.grants
    .filter((g) => g.scopeKind === 'organization' && g.scopeId && permission.roles.includes(g.role))
    .map((g) => g.scopeId!);
}

/** What the access rule needs to know about one case. Built by queries/caseFacts.ts, or by hand in tests. */
export type CaseFacts = {
  protection: 'ordinary' | 'restricted';
  leadOrganizationId: string;
  participants: {
    serviceId: string;
    organizationId: string;
    role: 'lead' | 'participant';
    sections: readonly Section[];
    until: string | null;
    ended: boolean;
    /** The consent this participation rests on, if any: withdrawn or expired consent ends the access. */
    consent: { withdrawn: boolean; validUntil: string | null } | null;
  }[];
  workerIds: readonly string[];
  lockouts: { userId: string | null; serviceId: string | null }[];
  /** Users holding an unexpired emergency access. */
  emergencyUserIds: readonly string[];
};

/** Parts of a restricted case that someone entitled but not named on it still sees. */
const PLACEHOLDER_SECTIONS: readonly Section[] = ['needs', 'plan'];

function participationActive(p: CaseFacts['participants'][number], today: string, lockedServices: Set<string>): boolean {
  if (p.ended || lockedServices.has(p.serviceId)) return false;
  if (p.until && p.until < today) return false;
  if (p.consent && (p.consent.withdrawn || (p.consent.validUntil !== null && p.consent.validUntil < today))) return false;
  return true;
}

/**
 * The rule of who sees a case. Null means the caller must not know the case exists.
 * today is an ISO date (YYYY-MM-DD), passed in so the rule stays pure.
 */
export function caseAccess(actor: Actor, facts: CaseFacts, today: string): CaseAccess | null {
  const orgs = new Set(caseworkOrganizations(actor));
  if (orgs.size === 0) return null;
  if (facts.lockouts.some((l) => l.userId === actor.userId)) return null;
  const lockedServices = new Set(facts.lockouts.map((l) => l.serviceId).filter((s): s is string => !!s));
  const mine = facts.participants.filter((p) => orgs.has(p.organizationId) && participationActive(p, today, lockedServices));
  if (mine.length === 0) return null;

  const isLead = mine.some((p) => p.role === 'lead');
  const granted = new Set<Section>(isLead ? allSections : mine.flatMap((p) => p.sections));
  const isNamedWorker = facts.workerIds.includes(actor.userId);
  const emergency = facts.emergencyUserIds.includes(actor.userId);
  const full = facts.protection === 'ordinary' || isNamedWorker || emergency;
  const sections = allSections.filter((s) => granted.has(s) && (full || PLACEHOLDER_SECTIONS.includes(s)));
  const writer = holdsIn(actor, P['casework.cases.write'], mine.map((p) => p.organizationId));
  return {
    level: full ? 'full' : 'placeholder',
    sections,
    isLead,
    isNamedWorker,
    emergency,
    can: {
      update: writer && isLead && full,
      refer: writer && isLead && full,
      addNote: writer && full && granted.has('notes'),
      plan: writer && full && (isLead || granted.has('plan')),
      close: writer && isLead && full,
      manageWorkers: writer && isLead && full,
      emergencyAccess: writer && !full,
    },
  };
}

function holdsIn(actor: Actor, permission: Permission, organizationIds: string[]): boolean {
  if (!holds(actor, permission)) return false;
  return actor.grants.some((g) => g.scopeKind === 'organization' && organizationIds.includes(g.scopeId ?? '') && permission.roles.includes(g.role));
}

/**
 * Who sees a person's identity: the organisation that registered them (unless the caller is locked
 * out), or anyone who sees a case of theirs with the identity section in full.
 */
export function personVisible(actor: Actor, person: { registeredByOrganizationId: string; lockedUserIds: readonly string[]; lockedOrganizationIds: readonly string[] }, accessesToTheirCases: readonly (CaseAccess | null)[]): boolean {
  if (person.lockedUserIds.includes(actor.userId)) return false;
  const orgs = caseworkOrganizations(actor);
  if (orgs.includes(person.registeredByOrganizationId) && !person.lockedOrganizationIds.includes(person.registeredByOrganizationId)) return true;
  return accessesToTheirCases.some((a) => a !== null && a.level === 'full' && a.sections.includes('identity'));
}

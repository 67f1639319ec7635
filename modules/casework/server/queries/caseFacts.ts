import { and, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { CaseAccess } from '../../contract';
import { caseAccess, type CaseFacts } from '../access';
import { caseWorkers, cases, consents, emergencyAccesses, householdMembers, lockouts, participants } from '../schema';
import { isoToday } from '../visibility';

/** Everything the access rule needs for a batch of cases, in five queries whatever the batch size. */
export async function loadCaseFacts(db: Db, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  const out = new Map<string, CaseFacts>();
  if (caseIds.length === 0) return out;
  const ids = [...new Set(caseIds)];
  const caseRows = await db
    .select({ id: cases.id, protection: cases.protection, leadOrganizationId: cases.leadOrganizationId, personId: cases.personId, householdId: cases.householdId })
    .from(cases)
    .where(inArray(cases.id, ids));
  const [parts, workers, emergencies] = await Promise.all([
    db
      .select({ p: participants, consentWithdrawnAt: consents.withdrawnAt, consentValidUntil: consents.validUntil })
      .from(participants)
      .leftJoin(consents, sql`${consents.id} = ${participants.consentId}`)
      .where(inArray(participants.caseId, ids)),
    db.select().from(caseWorkers).where(inArray(caseWorkers.caseId, ids)),
    db
      .select()
      .from(emergencyAccesses)
      .where(and(inArray(emergencyAccesses.caseId, ids), gt(emergencyAccesses.expiresAt, new Date()))),
  ]);
  // Lockouts are recorded on persons: a household case inherits those of every member.
  const householdIds = caseRows.map((c) => c.householdId).filter((h): h is string => !!h);
  const members = householdIds.length ? await db.select().from(householdMembers).where(inArray(householdMembers.householdId, householdIds)) : [];
  const personIds = [...caseRows.map((c) => c.personId).filter((p): p is string => !!p), ...members.map((m) => m.personId)];
  const locks = personIds.length ? await db.select().from(lockouts).where(and(inArray(lockouts.personId, personIds), isNull(lockouts.liftedAt))) : [];

  for (const c of caseRows) {
    const people = new Set([c.personId, ...members.filter((m) => m.householdId === c.householdId).map((m) => m.personId)]);
    out.set(c.id, {
      protection: c.protection,
      leadOrganizationId: c.leadOrganizationId,
      participants: parts
        .filter((r) => r.p.caseId === c.id)
        .map(({ p, consentWithdrawnAt, consentValidUntil }) => ({
          serviceId: p.serviceId,
          organizationId: p.organizationId,
          role: p.role,
          sections: p.sections,
          until: p.until,
          ended: p.endedAt !== null,
          consent: p.consentId ? { withdrawn: consentWithdrawnAt !== null, validUntil: consentValidUntil } : null,
        })),
      workerIds: workers.filter((w) => w.caseId === c.id).map((w) => w.userId),
      lockouts: locks.filter((l) => people.has(l.personId)).map((l) => ({ userId: l.userId, serviceId: l.serviceId })),
      emergencyUserIds: emergencies.filter((e) => e.caseId === c.id).map((e) => e.userId),
    });
  }
  return out;
}

/** The caller's access to each case of a batch; cases they may not know about are absent. */
export async function accessToCases(db: Db, actor: Actor, caseIds: readonly string[], today = isoToday()): Promise<Map<string, CaseAccess>> {
  const facts = await loadCaseFacts(db, caseIds);
  const out = new Map<string, CaseAccess>();
  for (const [id, f] of facts) {
    const access = caseAccess(actor, f, today);
    if (access) out.set(id, access);
  }
  return out;
}


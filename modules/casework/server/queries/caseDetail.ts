import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import { findServices } from '../../../organizations/module';
import type { CaseAccess, caseEventSchema, caseSchema } from '../../contract';
import { caseEvents, caseWorkers, participants, type cases } from '../schema';
import { openSummary } from '../caseText';
import { presentSubject } from '../presenters/case';
import { loadSubjects } from './caseSubject';
import { userNames } from './userNames';

type CaseRow = typeof cases.$inferSelect;

/** One case as its caller may see it: identifying data and the summary only with full access. */
export async function presentCaseDetail(db: Db, row: CaseRow, access: CaseAccess, encryptionKey: Buffer): Promise<z.input<typeof caseSchema>> {
  const [parts, workers, subjects] = await Promise.all([
    db.select().from(participants).where(eq(participants.caseId, row.id)).orderBy(asc(participants.joinedAt)),
    db.select().from(caseWorkers).where(eq(caseWorkers.caseId, row.id)).orderBy(asc(caseWorkers.addedAt)),
    loadSubjects(db, [row]),
  ]);
  const [services, names] = await Promise.all([
    findServices(db, [row.leadServiceId, ...parts.map((p) => p.serviceId)]),
    userNames(db, [row.ownerId, ...workers.map((w) => w.userId)]),
  ]);
  const serviceRef = (serviceId: string, organizationId: string) => {
    const s = services.get(serviceId);
    return { serviceId, serviceName: s?.name ?? '', organizationId, organizationName: s?.organizationName ?? '' };
  };
  const full = access.level === 'full';
  return {
    id: row.id,
    reference: row.reference,
    districtId: row.districtId,
    status: row.status,
    protection: row.protection,
    needs: row.needs,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    outcome: row.closureOutcome,
    closureNote: full ? row.closureNote : null,
    summary: full ? openSummary(encryptionKey, row.summary) : null,
    lead: serviceRef(row.leadServiceId, row.leadOrganizationId),
    participants: parts.map((p) => ({ ...serviceRef(p.serviceId, p.organizationId), role: p.role, sections: p.sections, until: p.until, ended: p.endedAt !== null })),
    owner: { userId: row.ownerId, displayName: names.get(row.ownerId) ?? '' },
    workers: workers.map((w) => ({ userId: w.userId, displayName: names.get(w.userId) ?? '', organizationId: w.organizationId, isOwner: w.userId === row.ownerId })),
    subject: presentSubject(row, access, subjects),
    access,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The case's history, oldest first, with who did what. */
export async function listCaseEvents(db: Db, caseId: string): Promise<z.input<typeof caseEventSchema>[]> {
  const rows = await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at));
  const names = await userNames(db, rows.map((r) => r.userId));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fromStatus: r.fromStatus as z.input<typeof caseEventSchema>['fromStatus'],
    toStatus: r.toStatus as z.input<typeof caseEventSchema>['toStatus'],
    note: r.note,
    userId: r.userId,
    userName: names.get(r.userId) ?? '',
    at: r.at.toISOString(),
  }));
}

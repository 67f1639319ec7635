import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { sections as allSections, type CaseCreateBody } from '../../contract';
import { caseEvents, caseWorkers, cases, participants } from '../schema';
import { sealSummary } from '../caseText';

type Audit = (e: AuditInput) => Promise<void>;

/**
 * The next `YYYY-NNNNNN` reference of a district. Fixed width, so the highest reference of the year
 * is the last entry of the (district_id, reference) index: one index probe, whatever the caseload.
 * The advisory lock serialises openings in the same district until the transaction ends.
 */
async function nextReference(tx: Db, districtId: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`casework.case_reference:${districtId}`}))`);
  const [last] = await tx
    .select({ reference: cases.reference })
    .from(cases)
    .where(and(eq(cases.districtId, districtId), gte(cases.reference, `${year}-000000`), lte(cases.reference, `${year}-999999`)))
    .orderBy(desc(cases.reference))
    .limit(1);
  const n = last && /^\d{4}-\d{6}$/.test(last.reference) ? Number(last.reference.slice(5)) + 1 : 1;
  return `${year}-${String(n).padStart(6, '0')}`;
}

export type OpenCaseInput = {
  actor: Actor;
  body: CaseCreateBody & { openedOn: string };
  lead: { serviceId: string; organizationId: string; districtId: string };
  municipalityId: string | null;
  encryptionKey: Buffer;
};

/** Opens a case: the lead service joins with every section and the caller is named as owner and worker. */
export async function openCase(tx: Db, audit: Audit, input: OpenCaseInput): Promise<string> {
  const { actor, body, lead } = input;
  const reference = await nextReference(tx, lead.districtId, Number(body.openedOn.slice(0, 4)));
  const [row] = await tx
    .insert(cases)
    .values({
      districtId: lead.districtId,
      reference,
      personId: body.personId ?? null,
      householdId: body.householdId ?? null,
      municipalityId: input.municipalityId,
      leadServiceId: lead.serviceId,
      leadOrganizationId: lead.organizationId,
      ownerId: actor.userId,
      status: 'intake',
      protection: body.protection,
      needs: body.needs,
      summary: sealSummary(input.encryptionKey, body.protection, body.summary),
      openedOn: body.openedOn,
    })
    .returning({ id: cases.id });
  const caseId = row!.id;
  await tx.insert(participants).values({ caseId, serviceId: lead.serviceId, organizationId: lead.organizationId, role: 'lead', sections: [...allSections] });
  await tx.insert(caseWorkers).values({ caseId, userId: actor.userId, organizationId: lead.organizationId, addedBy: actor.userId });
  await tx.insert(caseEvents).values({ caseId, kind: 'opened', fromStatus: null, toStatus: 'intake', note: null, userId: actor.userId });
  await audit({
    action: 'casework.case.open',
    entityType: 'case',
    entityId: caseId,
    personalData: true,
    details: { reference, leadServiceId: lead.serviceId, protection: body.protection, personId: body.personId ?? null, householdId: body.householdId ?? null },
  });
  return caseId;
}

import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { notFound } from '../../../../platform/errors/appError';
import { findServices, organizationNames } from '../../../organizations/module';
import type { Consent, Lockout } from '../../contract';
import { consents, lockouts } from '../schema';
import { isoToday } from '../visibility';
import { documentInfos } from './documents';
import { userNames } from './userNames';

export type ConsentRow = typeof consents.$inferSelect;

export async function loadConsent(db: Db, id: string): Promise<ConsentRow> {
  const [row] = await db.select().from(consents).where(eq(consents.id, id));
  if (!row) throw notFound();
  return row;
}

export function consentState(row: Pick<ConsentRow, 'withdrawnAt' | 'validUntil'>, today: string): Consent['state'] {
  if (row.withdrawnAt) return 'withdrawn';
  if (row.validUntil !== null && row.validUntil < today) return 'expired';
  return 'active';
}

export async function presentConsents(db: Db, rows: ConsentRow[], today = isoToday()): Promise<Consent[]> {
  const orgIds = [...new Set(rows.map((r) => r.grantedToOrganizationId).filter((o): o is string => !!o))];
  const [names, docs] = await Promise.all([organizationNames(db, orgIds), documentInfos(db, rows.map((r) => r.documentId).filter((d): d is string => !!d))]);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    grantedToOrganizationId: r.grantedToOrganizationId,
    grantedToOrganizationName: r.grantedToOrganizationId ? (names[r.grantedToOrganizationId] ?? null) : null,
    purpose: r.purpose,
    sections: r.sections,
    givenOn: r.givenOn,
    validUntil: r.validUntil,
    document: r.documentId ? (docs.get(r.documentId) ?? null) : null,
    replacesId: r.replacesId,
    recordedAt: r.recordedAt.toISOString(),
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    withdrawalNote: r.withdrawalNote,
    state: consentState(r, today),
  }));
}

/** A person's consent terms, newest first, withdrawn and replaced ones included: they are the history. */
export async function consentsOfPerson(db: Db, personId: string): Promise<Consent[]> {
  const rows = await db.select().from(consents).where(eq(consents.personId, personId)).orderBy(desc(consents.recordedAt));
  return presentConsents(db, rows);
}

/** A person's lockouts, lifted ones included, with the names of who is shut out. */
export async function lockoutsOfPerson(db: Db, personId: string): Promise<Lockout[]> {
  const rows = await db.select().from(lockouts).where(eq(lockouts.personId, personId)).orderBy(desc(lockouts.recordedAt));
  const [services, names] = await Promise.all([findServices(db, rows.map((r) => r.serviceId).filter((s): s is string => !!s)), userNames(db, rows.map((r) => r.userId))]);
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    userId: r.userId,
    userName: r.userId ? (names.get(r.userId) ?? null) : null,
    serviceId: r.serviceId,
    serviceName: r.serviceId ? (services.get(r.serviceId)?.name ?? null) : null,
    organizationId: r.organizationId,
    organizationName: r.serviceId ? (services.get(r.serviceId)?.organizationName ?? null) : null,
    reason: r.reason,
    recordedAt: r.recordedAt.toISOString(),
    liftedAt: r.liftedAt?.toISOString() ?? null,
  }));
}

export async function loadLockout(db: Db, id: string): Promise<typeof lockouts.$inferSelect> {
  const [row] = await db.select().from(lockouts).where(eq(lockouts.id, id));
  if (!row) throw notFound();
  return row;
}

import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { addGrant } from '../../../../platform/access/grants';
import { hashPassword, temporaryPassword } from '../../../../platform/auth/passwords';
import { createUserAccount, findUserByEmail } from '../../../../platform/auth/users';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { memberBody } from '../../contract';
import { staff } from '../schema';

/**
 * Adds a person to an organisation with a role. A new email gets an account with a temporary password;
 * an existing account is linked, and its details are not revealed to the caller beyond the name.
 */
export async function addMember(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { organizationId: string; member: z.output<typeof memberBody>; by: string },
): Promise<{ staffId: string; userId: string; temporaryPassword: string | null }> {
  const { member, organizationId } = input;
  let user = await findUserByEmail(tx, member.email);
  let password: string | null = null;
  if (!user) {
    password = temporaryPassword();
    user = await createUserAccount(tx, { email: member.email, displayName: member.displayName, passwordHash: await hashPassword(password), mustChangePassword: true });
    await audit({ action: 'users.create', entityType: 'user', entityId: user.id, personalData: true, details: { email: user.email, via: 'organization_member', organizationId } });
  }
  const [existing] = await tx.select().from(staff).where(and(eq(staff.organizationId, organizationId), eq(staff.userId, user.id), isNull(staff.validTo)));
  const staffId =
    existing?.id ??
    (await tx
      .insert(staff)
      .values({ organizationId, userId: user.id, jobTitle: member.jobTitle ?? null, validFrom: new Date().toISOString().slice(0, 10) })
      .returning({ id: staff.id }))[0]!.id;
  if (existing && member.jobTitle !== undefined) await tx.update(staff).set({ jobTitle: member.jobTitle }).where(eq(staff.id, existing.id));
  const grant = await addGrant(tx, { userId: user.id, role: member.role, scopeKind: 'organization', scopeId: organizationId, createdBy: input.by });
  await audit({ action: 'organizations.member.add', entityType: 'organization', entityId: organizationId, personalData: true, details: { userId: user.id, role: member.role, grantId: grant.id } });
  return { staffId, userId: user.id, temporaryPassword: password };
}

import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import { findUserById } from '../../../../platform/auth/users';
import { carryOntoNextMeeting } from './carryOver';
import { actionItems } from '../schema';
import { invalidFields, missingOrganizations, type FieldIssue } from '../guards';

type Audit = (e: AuditInput) => Promise<void>;
type Status = (typeof actionItems.$inferSelect)['status'];

/** The owner organisation and person, when given, exist. */
export async function checkOwner(db: Db, o: { ownerOrganizationId?: string | null; ownerUserId?: string | null }, locale: Locale): Promise<void> {
  const issues: FieldIssue[] = [];
  if (o.ownerOrganizationId && (await missingOrganizations(db, [o.ownerOrganizationId])).length) issues.push({ field: 'ownerOrganizationId', key: 'organization_unknown' });
  if (o.ownerUserId && !(await findUserById(db, o.ownerUserId))) issues.push({ field: 'ownerUserId', key: 'user_unknown' });
  if (issues.length) throw invalidFields(issues, locale);
}

export type NewActionItem = {
  roundtableId: string | null;
  agreementId: string | null;
  title: string;
  description: string | null;
  ownerOrganizationId: string | null;
  ownerUserId: string | null;
  dueDate: string | null;
  status: Status;
};

/** Writes one action item (of a table, or an obligation of an agreement) with its audit entry. */
export async function insertActionItem(tx: Db, audit: Audit, item: NewActionItem, by: string, action = 'governance.action_item.create'): Promise<string> {
  const [row] = await tx
    .insert(actionItems)
    .values({ ...item, completedAt: item.status === 'done' ? new Date() : null, createdBy: by })
    .returning({ id: actionItems.id });
  await audit({
    action,
    entityType: 'action_item',
    entityId: row!.id,
    details: { roundtableId: item.roundtableId, agreementId: item.agreementId, title: item.title, ownerOrganizationId: item.ownerOrganizationId, ownerUserId: item.ownerUserId, dueDate: item.dueDate },
  });
  if (item.roundtableId) await carryOntoNextMeeting(tx, item.roundtableId);
  return row!.id;
}

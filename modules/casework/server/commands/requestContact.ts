import { grantsInScope } from '../../../../platform/access/grants';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { notify } from '../../../../platform/notifications/notifications';
import { staffUserIds } from '../../../organizations/module';

const CASE_STAFF_ROLES = new Set(['operator', 'org_admin']);

/**
 * Asks the organisation holding a hidden duplicate to get in touch. The notification names the
 * sender and their service, never the person: the recipients find the record themselves.
 */
export async function requestContact(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { actor: Actor; personId: string; targetOrganizationId: string; fromServiceName: string; message: string },
): Promise<{ sent: number }> {
  const grants = (await grantsInScope(tx, 'organization', input.targetOrganizationId)).filter((g) => CASE_STAFF_ROLES.has(g.role)).map((g) => g.userId);
  const staff = await staffUserIds(tx, [input.targetOrganizationId]);
  const recipients = [...new Set([...grants, ...staff])].filter((u) => u !== input.actor.userId);
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      kind: 'casework.contact_request',
      messageKey: 'casework:notifications.contactRequest',
      params: { from: input.actor.displayName, service: input.fromServiceName, message: input.message },
      link: null,
    })),
  );
  await audit({
    action: 'casework.person.contact_request',
    entityType: 'casework_person',
    entityId: input.personId,
    personalData: true,
    details: { toOrganizationId: input.targetOrganizationId, recipients: recipients.length },
  });
  return { sent: recipients.length };
}

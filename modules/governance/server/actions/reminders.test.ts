import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../../platform/notifications/schema';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule, governanceTesting } from '../../module';
import { actionItems, agreementParties, agreements } from '../schema';
import { governanceJobs } from './jobs';
import { runGovernanceReminders } from './reminders';

let t: TestApp;
const config = { governance: { actionReminderDays: 7 } };
const now = new Date('2031-06-15T10:00:00Z');
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

let person: string;
let ownerAdmin: string;
let coordinatorAdmin: string;
let districtCoordinator: string;
let orgKeeper: string;
let demoId: string;

const received = async (userId: string, kind: string) =>
  t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  demoId = (await demoDistrictId(t.db))!;
  const coordinating = await f.createTestOrganization(t.db, { name: 'Ente capofila' });
  const owner = await f.createTestOrganization(t.db, { name: 'Ente responsabile' });
  const withoutAdmins = await f.createTestOrganization(t.db, { name: 'Ente senza amministratori' });
  orgKeeper = coordinating.id;
  person = (await t.userWith('viewer', 'organization', owner.id)).userId;
  ownerAdmin = (await f.addTestMember(t.db, owner.id, 'org_admin')).userId;
  coordinatorAdmin = (await f.addTestMember(t.db, coordinating.id, 'org_admin')).userId;
  districtCoordinator = (await t.userWith('district_coordinator', 'district', demoId)).userId;
  const table = await governanceTesting.createTestRoundtable(t.db, coordinating.id);
  await t.db.insert(actionItems).values([
    { roundtableId: table.id, title: 'Della persona', ownerUserId: person, ownerOrganizationId: owner.id, dueDate: '2031-06-01' },
    { roundtableId: table.id, title: "Dell'ente", ownerOrganizationId: owner.id, dueDate: '2031-06-10', status: 'in_progress' as const },
    { roundtableId: table.id, title: 'Di un ente senza amministratori', ownerOrganizationId: withoutAdmins.id, dueDate: '2031-06-10' },
    { roundtableId: table.id, title: 'Di nessuno', dueDate: '2031-06-14' },
    { roundtableId: table.id, title: 'Fatta', ownerUserId: person, dueDate: '2031-06-01', status: 'done' as const },
    { roundtableId: table.id, title: 'Annullata', ownerUserId: person, dueDate: '2031-06-01', status: 'cancelled' as const },
    { roundtableId: table.id, title: 'Non ancora scaduta', ownerUserId: person, dueDate: '2031-06-15' },
  ]);
});
afterAll(() => t.close());

describe('action item reminders', () => {
  it('reminds overdue open items to the owner person, else the owner organisation admins, else the table coordinators', async () => {
    await runGovernanceReminders(t.db, config, now);
    expect((await received(person, 'governance.action_item_overdue')).map((n) => n.params)).toEqual([{ title: 'Della persona', dueDate: '01/06/2031' }]);
    const toOwner = await received(ownerAdmin, 'governance.action_item_overdue');
    expect(toOwner.map((n) => n.params.title)).toEqual(["Dell'ente"]);
    expect(toOwner[0]).toMatchObject({ messageKey: 'governance:notifications.actionItemOverdue' });
    expect((await received(coordinatorAdmin, 'governance.action_item_overdue')).map((n) => n.params.title).sort()).toEqual(['Di nessuno', 'Di un ente senza amministratori']);
    const stamped = await t.db.select().from(actionItems).where(eq(actionItems.title, 'Della persona'));
    expect(stamped[0]!.lastRemindedAt?.toISOString()).toBe(now.toISOString());
    const done = await t.db.select().from(actionItems).where(eq(actionItems.title, 'Fatta'));
    expect(done[0]!.lastRemindedAt).toBeNull();
  });

  it('reminds once per interval: not again an hour later, again after the reminder days, never done items', async () => {
    await runGovernanceReminders(t.db, config, later(1));
    expect(await received(person, 'governance.action_item_overdue')).toHaveLength(1);
    // Six days on, only the item that fell overdue meanwhile is reminded.
    await runGovernanceReminders(t.db, config, later(6 * 24));
    expect((await received(person, 'governance.action_item_overdue')).map((n) => n.params.title).sort()).toEqual(['Della persona', 'Non ancora scaduta']);
    await runGovernanceReminders(t.db, config, later(7 * 24));
    expect((await received(person, 'governance.action_item_overdue')).map((n) => n.params.title).sort()).toEqual(['Della persona', 'Della persona', 'Non ancora scaduta']);
    expect(await received(ownerAdmin, 'governance.action_item_overdue')).toHaveLength(2);
    const stamps = Object.fromEntries((await t.db.select().from(actionItems)).map((i) => [i.title, i.lastRemindedAt?.toISOString() ?? null]));
    expect(stamps).toMatchObject({ 'Della persona': later(7 * 24).toISOString(), 'Non ancora scaduta': later(6 * 24).toISOString(), Fatta: null, Annullata: null });
  });
});

describe('agreement renewal reminders', () => {
  it("notifies the keeper's org admins and the district coordinators once, when the notice period starts", async () => {
    const other = await f.createTestOrganization(t.db);
    const values = (title: string, validTo: string, renewalNoticeDays: number) => ({
      kind: 'convention' as const,
      title,
      keeperOrganizationId: orgKeeper,
      districtId: demoId,
      validFrom: '2030-01-01',
      validTo,
      renewalNoticeDays,
    });
    const [soon, far, renewed, expired] = await t.db
      .insert(agreements)
      .values([values('In scadenza', '2031-07-01', 30), values('Lontana', '2031-12-31', 30), values('Già rinnovata', '2031-06-30', 60), values('Scaduta', '2031-06-01', 60)])
      .returning();
    await t.db.insert(agreements).values({ ...values('Rinnovo', '2033-06-30', 60), validFrom: '2031-07-01', renewsId: renewed!.id });
    await t.db.insert(agreementParties).values([
      { agreementId: soon!.id, organizationId: orgKeeper },
      { agreementId: soon!.id, organizationId: other.id },
    ]);
    const job = governanceJobs.find((j) => j.name === 'reminders')!;
    expect(job.everyMinutes).toBe(60);
    await job.run({ db: t.db, config: t.config, now, log: () => {} });
    for (const userId of [coordinatorAdmin, districtCoordinator]) {
      const got = await received(userId, 'governance.agreement_expiring');
      expect(got.map((n) => n.params)).toEqual([{ title: 'In scadenza', validTo: '01/07/2031' }]);
      expect(got[0]!.link).toBe(`/governance/agreements/${soon!.id}`);
    }
    const stamps = await t.db.select({ id: agreements.id, at: agreements.renewalRemindedAt }).from(agreements);
    const at = Object.fromEntries(stamps.map((s) => [s.id, s.at]));
    expect(at[soon!.id]).toEqual(now);
    expect([at[far!.id], at[renewed!.id], at[expired!.id]]).toEqual([null, null, null]);
    await runGovernanceReminders(t.db, config, later(24));
    expect(await received(districtCoordinator, 'governance.agreement_expiring')).toHaveLength(1);
  });
});

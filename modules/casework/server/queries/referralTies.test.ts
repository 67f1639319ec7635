import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../platform/testing/testApp';
import { createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from '../testing';
import { referrals } from '../schema';
import { referralTies } from './referralTies';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
  const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId });
  const c = await createTestCase(t.db, { districtId: n.districtId, personId: person.id, lead: n.lead, ownerId: n.lead.operator.userId });
  const send = (from: TestNetwork['lead'], to: TestNetwork['lead'], sentAt: string, status: 'pending' | 'accepted' | 'declined' | 'revoked' = 'pending') =>
    t.db.insert(referrals).values({
      caseId: c.id,
      fromServiceId: from.serviceId,
      fromOrganizationId: from.organizationId,
      toServiceId: to.serviceId,
      toOrganizationId: to.organizationId,
      reason: 'Prova',
      basis: 'consent',
      sections: [],
      status,
      sentBy: from.operator.userId,
      sentAt: new Date(sentAt),
    });
  await send(n.lead, n.partner, '2026-03-01T09:00:00Z', 'accepted');
  await send(n.lead, n.partner, '2026-04-01T09:00:00Z', 'declined');
  await send(n.lead, n.partner, '2026-05-01T09:00:00Z', 'revoked');
  await send(n.partner, n.lead, '2026-06-30T21:00:00Z');
  await send(n.lead, n.other, '2025-01-01T09:00:00Z'); // before the period
  await send(n.lead, n.lead, '2026-03-01T09:00:00Z'); // within one organisation
});
afterAll(() => t.close());

describe('referralTies', () => {
  it('counts every referral sent in the period by organisation pair, whatever its outcome, leaving out internal ones', async () => {
    const ties = await referralTies(t.db, { from: '2026-01-01', to: '2026-06-30' });
    const expected = [
      { fromOrganizationId: n.lead.organizationId, toOrganizationId: n.partner.organizationId, count: 3 },
      { fromOrganizationId: n.partner.organizationId, toOrganizationId: n.lead.organizationId, count: 1 },
    ].sort((a, b) => a.fromOrganizationId.localeCompare(b.fromOrganizationId));
    expect(ties).toEqual(expected);
  });

  it('bounds the period by the day sent, both ends included', async () => {
    expect(await referralTies(t.db, { from: '2026-03-01', to: '2026-03-01' })).toEqual([{ fromOrganizationId: n.lead.organizationId, toOrganizationId: n.partner.organizationId, count: 1 }]);
    expect(await referralTies(t.db, { from: '2024-01-01', to: '2025-12-31' })).toHaveLength(1);
    expect(await referralTies(t.db, { from: '2027-01-01', to: '2027-12-31' })).toEqual([]);
  });
});

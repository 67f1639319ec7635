import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../../../platform/access/roles';
import { agreementAccess, type AgreementFacts } from './agreementAccess';

const actor = (...grants: Grant[]): Actor => ({ userId: 'u1', email: 'u1@test.it', displayName: 'U1', grants, sessionId: null, mustChangePassword: false });
const facts: AgreementFacts = { keeperOrganizationId: 'keeper', districtId: 'd1', partyOrganizationIds: ['keeper', 'party'] };

describe('agreementAccess', () => {
  it('platform grants see every agreement; only the platform admin manages it', () => {
    expect(agreementAccess(actor({ role: 'viewer', scopeKind: 'platform', scopeId: null }), facts)).toEqual({ see: true, manage: false });
    expect(agreementAccess(actor({ role: 'platform_admin', scopeKind: 'platform', scopeId: null }), facts)).toEqual({ see: true, manage: true });
  });

  it("the district's grants see it; its coordinator manages it; other districts see nothing", () => {
    expect(agreementAccess(actor({ role: 'analyst', scopeKind: 'district', scopeId: 'd1' }), facts)).toEqual({ see: true, manage: false });
    expect(agreementAccess(actor({ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd1' }), facts)).toEqual({ see: true, manage: true });
    expect(agreementAccess(actor({ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd2' }), facts)).toEqual({ see: false, manage: false });
    expect(agreementAccess(actor({ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd1' }), { ...facts, districtId: null })).toEqual({ see: false, manage: false });
  });

  it("organisation grants of the keeper or a party see it; the keeper's org admin manages it, a party's does not", () => {
    expect(agreementAccess(actor({ role: 'operator', scopeKind: 'organization', scopeId: 'party' }), facts)).toEqual({ see: true, manage: false });
    expect(agreementAccess(actor({ role: 'org_admin', scopeKind: 'organization', scopeId: 'party' }), facts)).toEqual({ see: true, manage: false });
    expect(agreementAccess(actor({ role: 'viewer', scopeKind: 'organization', scopeId: 'keeper' }), facts)).toEqual({ see: true, manage: false });
    expect(agreementAccess(actor({ role: 'org_admin', scopeKind: 'organization', scopeId: 'keeper' }), { ...facts, partyOrganizationIds: ['a', 'b'] })).toEqual({ see: true, manage: true });
    expect(agreementAccess(actor({ role: 'org_admin', scopeKind: 'organization', scopeId: 'stranger' }), facts)).toEqual({ see: false, manage: false });
    expect(agreementAccess(actor(), facts)).toEqual({ see: false, manage: false });
  });
});

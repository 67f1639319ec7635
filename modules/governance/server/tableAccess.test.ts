import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../../platform/access/roles';
import { tableAccess, type TableFacts } from './tableAccess';

const actor = (grants: Grant[], userId = 'u-1'): Actor => ({ userId, email: 'x@y.it', displayName: 'X', grants, sessionId: null, mustChangePassword: false });
const table: TableFacts = {
  coordinatingOrganizationId: 'org-coord',
  districtId: 'd-1',
  networkDistrictId: null,
  memberOrganizationIds: ['org-member'],
  memberUserIds: ['u-delegate'],
};

describe('tableAccess', () => {
  it('an operator of a member organisation sees the table and its drafts but does not manage it', () => {
    expect(tableAccess(actor([{ role: 'operator', scopeKind: 'organization', scopeId: 'org-member' }]), table)).toEqual({ see: true, member: true, manage: false, seeDrafts: true });
  });
  it('an operator of an organisation not at the table sees nothing', () => {
    expect(tableAccess(actor([{ role: 'operator', scopeKind: 'organization', scopeId: 'org-else' }]), table)).toEqual({ see: false, member: false, manage: false, seeDrafts: false });
  });
  it('a named delegate is a member whatever their grants', () => {
    expect(tableAccess(actor([], 'u-delegate'), table).seeDrafts).toBe(true);
  });
  it("the coordinating organisation's admin manages; its operators are members", () => {
    expect(tableAccess(actor([{ role: 'org_admin', scopeKind: 'organization', scopeId: 'org-coord' }]), table)).toMatchObject({ manage: true, member: true });
    expect(tableAccess(actor([{ role: 'operator', scopeKind: 'organization', scopeId: 'org-coord' }]), table)).toMatchObject({ manage: false, member: true });
  });
  it("a district analyst sees the district's tables but not drafts; the coordinator manages them", () => {
    expect(tableAccess(actor([{ role: 'analyst', scopeKind: 'district', scopeId: 'd-1' }]), table)).toEqual({ see: true, member: false, manage: false, seeDrafts: false });
    expect(tableAccess(actor([{ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd-1' }]), table)).toMatchObject({ see: true, manage: true, seeDrafts: true });
    expect(tableAccess(actor([{ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd-2' }]), table).see).toBe(false);
  });
  it("a table of a district network is in the network's district too", () => {
    const inNetwork = { ...table, districtId: null, networkDistrictId: 'd-9' };
    expect(tableAccess(actor([{ role: 'district_coordinator', scopeKind: 'district', scopeId: 'd-9' }]), inNetwork).manage).toBe(true);
  });
  it('a platform viewer sees every table and no drafts', () => {
    expect(tableAccess(actor([{ role: 'viewer', scopeKind: 'platform', scopeId: null }]), table)).toEqual({ see: true, member: false, manage: false, seeDrafts: false });
  });
});

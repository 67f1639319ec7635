import { describe, expect, it } from 'vitest';
import { can, definePermissions, holds, visibility } from './policy';
import { roles, type Actor, type Grant, type Role } from './roles';

const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';
const O1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const O2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const P = definePermissions({
  'x.update': { roles: ['platform_admin', 'district_coordinator', 'org_admin'], description: 'test' },
});

const actor = (...grants: Grant[]): Actor => ({ userId: 'u', email: 'u@x', displayName: 'U', grants, sessionId: null, mustChangePassword: false });
const recordInO1D1 = { organizationId: O1, districtIds: [D1] };

describe('policy rules', () => {
  it('deny by default: no grant, no access', () => {
    expect(holds(actor(), P['x.update'])).toBe(false);
    expect(can(actor(), P['x.update'], recordInO1D1)).toBe(false);
  });

  // Every role in every scope against a record of organisation O1 in district D1.
  const cases: [Role, Grant['scopeKind'], string | null, boolean][] = [];
  for (const role of roles) {
    const allowedRole = P['x.update'].roles.includes(role);
    cases.push([role, 'platform', null, allowedRole]);
    cases.push([role, 'district', D1, allowedRole]);
    cases.push([role, 'district', D2, false]);
    cases.push([role, 'organization', O1, allowedRole]);
    cases.push([role, 'organization', O2, false]);
  }
  it.each(cases)('%s in %s %s → %s', (role, scopeKind, scopeId, expected) => {
    expect(can(actor({ role, scopeKind, scopeId }), P['x.update'], recordInO1D1)).toBe(expected);
  });

  it('a platform-wide record (no scope) is covered only by platform grants', () => {
    expect(can(actor({ role: 'platform_admin', scopeKind: 'platform', scopeId: null }), P['x.update'], {})).toBe(true);
    expect(can(actor({ role: 'district_coordinator', scopeKind: 'district', scopeId: D1 }), P['x.update'], {})).toBe(false);
  });

  it('visibility lists the scopes a list may return', () => {
    expect(visibility(actor({ role: 'org_admin', scopeKind: 'organization', scopeId: O1 }, { role: 'district_coordinator', scopeKind: 'district', scopeId: D2 }, { role: 'viewer', scopeKind: 'district', scopeId: D1 }), P['x.update'])).toEqual({
      all: false,
      districtIds: [D2],
      organizationIds: [O1],
    });
    expect(visibility(actor({ role: 'platform_admin', scopeKind: 'platform', scopeId: null }), P['x.update'])).toEqual({ all: true });
  });
});

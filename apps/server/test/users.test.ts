import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../platform/auth/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { DEMO_PASSWORD } from '../../../modules/organizations/module';
import { cookieFrom, startCrocevia } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startCrocevia();
});
afterAll(() => t.close());

const signIn = async (email: string) => cookieFrom(await t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } }));
const emails = async (cookie: string) => ((await t.request({ method: 'GET', url: '/api/users?pageSize=200', as: cookie })).json().items as { email: string }[]).map((u) => u.email).sort();

describe('user accounts', () => {
  it('a platform administrator sees every account', async () => {
    const [accounts] = await t.db.select({ n: count() }).from(users);
    const seen = await emails(await signIn('admin@demo.crocevia.it'));
    expect(seen).toHaveLength(accounts!.n);
    expect(seen).toEqual(expect.arrayContaining(['admin@demo.crocevia.it', 'operatore@demo.crocevia.it', 'operatore.cav@demo.crocevia.it']));
  });

  it('a district coordinator sees only the people holding a role in their district', async () => {
    expect(await emails(await signIn('coordinatore@demo.crocevia.it'))).toEqual(['analista@demo.crocevia.it', 'coordinatore@demo.crocevia.it']);
  });

  it("an organisation administrator sees only their organisation's people, and others' accounts answer 404", async () => {
    const cookie = await signIn('amministratore.ente@demo.crocevia.it');
    expect(await emails(cookie)).toEqual(['amministratore.ente@demo.crocevia.it']);
    const admin = await signIn('admin@demo.crocevia.it');
    const all = (await t.request({ method: 'GET', url: '/api/users?q=operatore', as: admin })).json().items;
    const res = await t.request({ method: 'GET', url: `/api/users/${all[0].id}`, as: cookie });
    expect(res.statusCode).toBe(404);
  });

  it('creating an account returns a temporary password once and audits the personal data written', async () => {
    const admin = await signIn('admin@demo.crocevia.it');
    const res = await t.request({ method: 'POST', url: '/api/users', as: admin, payload: { email: 'Nuova.Persona@Comune.example.it', displayName: 'Nuova Persona', taxCode: 'rssmra85t10a562s' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().email).toBe('nuova.persona@comune.example.it');
    expect(res.json().taxCode).toBe('RSSMRA85T10A562S');
    expect(res.json().temporaryPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    const again = await t.request({ method: 'GET', url: `/api/users/${res.json().id}`, as: admin });
    expect(again.json()).not.toHaveProperty('temporaryPassword');
    const dup = await t.request({ method: 'POST', url: '/api/users', as: admin, payload: { email: 'nuova.persona@comune.example.it', displayName: 'Doppia' } });
    expect(dup.statusCode).toBe(409);
    const bad = await t.request({ method: 'POST', url: '/api/users', as: admin, payload: { email: 'x@y.it', displayName: 'X Y', taxCode: 'ABC' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('taxCode');
    const audit = (await t.request({ method: 'GET', url: `/api/audit?action=users.create&entityId=${res.json().id}`, as: admin })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].personalData).toBe(true);
  });

  it('disabling an account ends its sessions and refuses sign-in; the last administrator cannot lose the role', async () => {
    const admin = await signIn('admin@demo.crocevia.it');
    const viewer = await signIn('lettore@demo.crocevia.it');
    const id = (await t.request({ method: 'GET', url: '/api/users?q=lettore', as: admin })).json().items[0].id;
    expect((await t.request({ method: 'PATCH', url: `/api/users/${id}`, as: admin, payload: { status: 'disabled' } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: viewer })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'lettore@demo.crocevia.it', password: DEMO_PASSWORD } })).statusCode).toBe(403);

    const me = (await t.request({ method: 'GET', url: '/api/auth/me', as: admin })).json();
    const grant = me.grants.find((g: { role: string }) => g.role === 'platform_admin');
    const revoke = await t.request({ method: 'DELETE', url: `/api/platform-roles/${grant.id}`, as: admin });
    expect(revoke.statusCode).toBe(409);
    expect(revoke.json().error.code).toBe('last_admin');
  });
});

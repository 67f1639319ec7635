import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { DEMO_PASSWORD } from '../../../modules/organizations/module';
import { cookieFrom, startCrocevia } from './helpers';

let t: TestApp;
beforeAll(async () => {
  t = await startCrocevia({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_IP: '12' });
});
afterAll(() => t.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('password sign-in', () => {
  it('signs in a demo user with an httpOnly SameSite session cookie and shows their permissions', async () => {
    const res = await login('admin@demo.crocevia.it', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/crocevia_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', as: cookieFrom(res) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('admin@demo.crocevia.it');
    expect(me.json().permissions).toContain('audit.read');
  });

  it('refuses a wrong password with a message in the caller language and no stack trace', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lettore@demo.crocevia.it', password: 'wrong-password' },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      remoteAddress: '10.0.0.2',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Wrong email or password.' } });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('names the invalid field in Italian by default', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toMatch(/dati non sono validi/);
    expect(body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'password']);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('locks the account after repeated failures, even for the right password, until an admin unlocks it', async () => {
    const email = 'formatore@demo.crocevia.it';
    for (let i = 0; i < 2; i++) expect((await login(email, 'nope-nope-nope', '10.0.1.1')).statusCode).toBe(401);
    const third = await login(email, 'nope-nope-nope', '10.0.1.1');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('account_locked');
    expect((await login(email, DEMO_PASSWORD, '10.0.1.1')).statusCode).toBe(423);

    const admin = cookieFrom(await login('admin@demo.crocevia.it', DEMO_PASSWORD, '10.0.1.2'));
    const users = await t.request({ method: 'GET', url: `/api/users?q=${encodeURIComponent(email)}`, as: admin });
    const user = users.json().items[0];
    expect(user.locked).toBe(true);
    expect((await t.request({ method: 'POST', url: `/api/users/${user.id}/unlock`, as: admin })).statusCode).toBe(204);
    expect((await login(email, DEMO_PASSWORD, '10.0.1.1')).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const ip = '10.9.9.9';
    const codes: number[] = [];
    for (let i = 0; i < 13; i++) codes.push((await login(`nobody${i}@example.org`, 'whatever-password', ip)).statusCode);
    expect(codes.slice(0, 12).every((c) => c === 401)).toBe(true);
    expect(codes[12]).toBe(429);
    // Another address is not affected.
    expect((await login('admin@demo.crocevia.it', DEMO_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('logout ends only this session; logout-all ends every session of the user', async () => {
    const a = cookieFrom(await login('analista@demo.crocevia.it', DEMO_PASSWORD, '10.0.2.1'));
    const b = cookieFrom(await login('analista@demo.crocevia.it', DEMO_PASSWORD, '10.0.2.2'));
    const c = cookieFrom(await login('analista@demo.crocevia.it', DEMO_PASSWORD, '10.0.2.3'));
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', as: a })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: a })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: b })).statusCode).toBe(200);
    const all = await t.request({ method: 'POST', url: '/api/auth/logout-all', as: b });
    expect(all.json().sessionsEnded).toBe(2);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: c })).statusCode).toBe(401);
  });

  it('refuses a cross-site write even with a valid cookie', async () => {
    const cookie = cookieFrom(await login('admin@demo.crocevia.it', DEMO_PASSWORD, '10.0.3.1'));
    const res = await t.request({ method: 'POST', url: '/api/auth/logout-all', as: cookie, headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: cookie })).statusCode).toBe(200);
  });
});

describe('administrator password reset', () => {
  it('gives a temporary password that works once, must be changed, and ends old sessions', async () => {
    const admin = cookieFrom(await login('admin@demo.crocevia.it', DEMO_PASSWORD, '10.0.4.1'));
    const old = cookieFrom(await login('ispettore@demo.crocevia.it', DEMO_PASSWORD, '10.0.4.2'));
    const list = await t.request({ method: 'GET', url: '/api/users?q=ispettore', as: admin });
    const id = list.json().items[0].id;
    const reset = await t.request({ method: 'POST', url: `/api/users/${id}/reset-password`, as: admin });
    expect(reset.statusCode).toBe(200);
    const temp = reset.json().temporaryPassword as string;
    expect(temp).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: old })).statusCode).toBe(401);
    expect((await login('ispettore@demo.crocevia.it', DEMO_PASSWORD, '10.0.4.2')).statusCode).toBe(401);
    const fresh = await login('ispettore@demo.crocevia.it', temp, '10.0.4.2');
    expect(fresh.json().user.mustChangePassword).toBe(true);
    // Until the temporary password is replaced, only the routes to replace it are open.
    const blocked = await t.request({ method: 'GET', url: '/api/organizations', as: cookieFrom(fresh) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const change = await t.request({ method: 'POST', url: '/api/auth/password', as: cookieFrom(fresh), payload: { currentPassword: temp, newPassword: 'a-brand-new-passphrase' } });
    expect(change.statusCode).toBe(204);
    const again = await login('ispettore@demo.crocevia.it', 'a-brand-new-passphrase', '10.0.4.2');
    expect(again.json().user.mustChangePassword).toBe(false);
    expect((await t.request({ method: 'GET', url: '/api/organizations', as: cookieFrom(fresh) })).statusCode).toBe(200);
  });
});

describe('first run', () => {
  it('creates the first administrator only when there is none', async () => {
    const empty = await startCrocevia({ DEMO_DATA: 'false' });
    try {
      expect((await empty.request({ method: 'GET', url: '/api/auth/info' })).json().needsSetup).toBe(true);
      const short = await empty.request({ method: 'POST', url: '/api/auth/setup', payload: { email: 'capo@comune.example.it', displayName: 'Capo', password: 'short' } });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.fields[0]).toEqual({ field: 'password', message: 'La password deve avere almeno 12 caratteri.' });
      const ok = await empty.request({ method: 'POST', url: '/api/auth/setup', payload: { email: 'capo@comune.example.it', displayName: 'Capo Ufficio', password: 'una-password-lunga' } });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().permissions).toContain('users.manage');
      const second = await empty.request({ method: 'POST', url: '/api/auth/setup', payload: { email: 'altro@comune.example.it', displayName: 'Altro', password: 'una-password-lunga' } });
      expect(second.statusCode).toBe(409);
      expect((await empty.request({ method: 'GET', url: '/api/auth/info' })).json().needsSetup).toBe(false);
    } finally {
      await empty.close();
    }
  });
});

import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
// @ts-expect-error -- oidc-provider ships no type declarations and @types/oidc-provider is not installed
import OidcProvider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcStates } from '../../../platform/auth/schema';
import { safeReturnTo, taxCodeFromClaim } from '../../../platform/auth/oidc';
import type { TestApp } from '../../../platform/testing/testApp';
import { startCrocevia } from './helpers';

type ProviderInstance = { callback: () => http.RequestListener };
const Provider = OidcProvider as new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const CLIENT_ID = 'crocevia-test';
const CLIENT_SECRET = 'a-long-client-secret-for-the-test-provider';
const TAX_CODE = 'RSSMRA85T10A562S';

/** Identities the test provider knows, as a SPID/CIE proxy would release them. */
const identities: Record<string, Record<string, unknown>> = {
  alice: { email: 'analista@demo.crocevia.it', email_verified: true, name: 'Alice Analista' },
  mario: { fiscalNumber: `TINIT-${TAX_CODE}`, name: 'Mario Rossi' },
  stranger: { email: 'nessuno@example.org', email_verified: true },
  unverified: { email: 'operatore@demo.crocevia.it', email_verified: false },
  // The coordinator's email, but a tax code that is not the coordinator's.
  impostor: { email: 'coordinatore@demo.crocevia.it', email_verified: true, fiscalNumber: 'TINIT-VRDLGU80A01H501U' },
  laura: { email: 'lettore@demo.crocevia.it', email_verified: true },
};

/** A minimal cookie jar: enough for one host, where the test sends every cookie on every request. */
class Jar {
  private cookies = new Map<string, string>();
  store(setCookie: string | string[] | undefined): void {
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = !value || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=.*1970/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const setCookies = (res: { headers: Record<string, unknown> }): string[] => {
  const raw = res.headers['set-cookie'] as string | string[] | undefined;
  return Array.isArray(raw) ? raw : raw ? [raw] : [];
};

let provider: http.Server;
let issuer: string;
let t: TestApp;
let admin: string;

async function startProvider(): Promise<void> {
  let handler: http.RequestListener = (_req, res) => res.end();
  provider = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [CALLBACK],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // Claims go out through userinfo (the provider conforms), which exercises Crocevia's userinfo path.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'fiscalNumber'] },
    findAccount: (_ctx: unknown, id: string) =>
      identities[id] ? { accountId: id, claims: async () => ({ sub: id, ...identities[id] }) } : undefined,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key'] },
    jwks: { keys: [{ ...jwk, kid: 'test', use: 'sig', alg: 'RS256' }] },
  });
  handler = oidc.callback();
}

/** Plays the browser at the provider: follows redirects, submits the dev login and consent forms, stops at Crocevia's callback. */
async function authenticateAtProvider(authorizationUrl: string, identity: string): Promise<string> {
  const jar = new Jar();
  let next: { url: string; body?: string } = { url: authorizationUrl };
  for (let step = 0; step < 12; step++) {
    const res = await fetch(next.url, {
      method: next.body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(next.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: next.body,
    });
    jar.store(res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (location) {
      const url = new URL(location, next.url).href;
      if (url.startsWith(CALLBACK)) return url;
      next = { url };
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || !prompt) throw new Error(`provider answered ${res.status}: ${html.slice(0, 500)}`);
    const form: Record<string, string> = prompt === 'login' ? { prompt, login: identity, password: 'any' } : { prompt };
    next = { url: new URL(action.replace(/&amp;/g, '&'), next.url).href, body: new URLSearchParams(form).toString() };
  }
  throw new Error('too many steps at the provider');
}

/** Starts sign-in at Crocevia, authenticates at the provider; returns the callback URL and Crocevia's cookies. */
async function signInAt(identity: string, returnTo?: string): Promise<{ callback: string; crocevia: Jar }> {
  const crocevia = new Jar();
  const start = await t.request({ method: 'GET', url: `/api/auth/oidc/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}` });
  expect(start.statusCode).toBe(302);
  crocevia.store(setCookies(start));
  return { callback: await authenticateAtProvider(String(start.headers.location), identity), crocevia };
}

function callback(url: string, crocevia?: Jar) {
  const u = new URL(url, PUBLIC_URL);
  const cookie = crocevia?.header();
  return t.request({ method: 'GET', url: `${u.pathname}${u.search}`, as: cookie || undefined });
}

async function userId(email: string): Promise<string> {
  return (await t.request({ method: 'GET', url: `/api/users?q=${encodeURIComponent(email)}`, as: admin })).json().items[0].id;
}

async function auditEntries(action: 'auth.login' | 'auth.login_failed') {
  // The audit filter matches a prefix and drops '_' (a LIKE wildcard), so filter exactly here.
  const res = await t.request({ method: 'GET', url: '/api/audit?action=auth.login&pageSize=500', as: admin });
  return (res.json().items as { action: string; actorId: string | null; details: Record<string, unknown> | null }[]).filter((e) => e.action === action);
}

const refusedWith = (res: { statusCode: number; headers: Record<string, unknown> }, code: string) => {
  expect(res.statusCode).toBe(302);
  expect(res.headers.location).toBe(`/login?error=${code}`);
  expect(setCookies(res).some((c) => c.startsWith('crocevia_session='))).toBe(false);
};

beforeAll(async () => {
  await startProvider();
  t = await startCrocevia({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_LABEL: 'SPID o CIE (prova)',
    PUBLIC_URL,
  });
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  const patch = async (email: string, payload: Record<string, unknown>) =>
    expect((await t.request({ method: 'PATCH', url: `/api/users/${await userId(email)}`, as: admin, payload })).statusCode).toBe(200);
  await patch('formatore@demo.crocevia.it', { taxCode: TAX_CODE.toLowerCase() });
  await patch('coordinatore@demo.crocevia.it', { taxCode: 'BNCLRA70M41F205X' });
  await patch('lettore@demo.crocevia.it', { status: 'disabled' });
});

afterAll(async () => {
  await t?.close();
  provider?.closeAllConnections();
  await new Promise((resolve) => provider?.close(resolve));
});

describe('OpenID Connect sign-in (SPID / CIE through a proxy)', () => {
  it('announces the provider on the sign-in page', async () => {
    const info = (await t.request({ method: 'GET', url: '/api/auth/info' })).json();
    expect(info.oidc).toEqual({ enabled: true, label: 'SPID o CIE (prova)' });
  });

  it('redirects to the provider with PKCE, state and nonce, binding the state to the browser with a cookie', async () => {
    const res = await t.request({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(res.statusCode).toBe(302);
    const url = new URL(String(res.headers.location));
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('nonce')).toBeTruthy();
    const cookie = setCookies(res).find((c) => c.startsWith('crocevia_oidc='))!;
    expect(cookie).toContain(`crocevia_oidc=${url.searchParams.get('state')}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/api\/auth\/oidc/);
  });

  it('signs in the account with the verified email, with a working session and an audit entry', async () => {
    const { callback: url, crocevia } = await signInAt('alice', '/organizations?tab=members');
    const res = await callback(url, crocevia);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/organizations?tab=members');
    const session = setCookies(res).find((c) => c.startsWith('crocevia_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(setCookies(res).some((c) => /^crocevia_oidc=;/.test(c))).toBe(true);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', as: session.split(';')[0] });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('analista@demo.crocevia.it');
    const id = await userId('analista@demo.crocevia.it');
    const logins = (await auditEntries('auth.login')).filter((e) => e.actorId === id);
    expect(logins.map((e) => e.details)).toContainEqual({ method: 'oidc', matchedBy: 'email' });
  });

  it('signs in by the SPID tax code (TINIT-…) alone, and never redirects off the site', async () => {
    const { callback: url, crocevia } = await signInAt('mario', '//evil.example/phish');
    const res = await callback(url, crocevia);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    const session = setCookies(res).find((c) => c.startsWith('crocevia_session='))!.split(';')[0];
    expect((await t.request({ method: 'GET', url: '/api/auth/me', as: session })).json().user.email).toBe('formatore@demo.crocevia.it');
  });

  it('creates no account for an unknown identity', async () => {
    const { callback: url, crocevia } = await signInAt('stranger');
    refusedWith(await callback(url, crocevia), 'oidc_no_account');
    const users = await t.request({ method: 'GET', url: '/api/users?q=nessuno', as: admin });
    expect(users.json().total).toBe(0);
    const failures = await auditEntries('auth.login_failed');
    expect(failures.map((e) => e.details)).toContainEqual({ method: 'oidc', outcome: 'no_account' });
  });

  it('does not trust an email the provider marks unverified', async () => {
    const { callback: url, crocevia } = await signInAt('unverified');
    refusedWith(await callback(url, crocevia), 'oidc_no_account');
  });

  it('does not match by email an account registered with a different tax code', async () => {
    const { callback: url, crocevia } = await signInAt('impostor');
    refusedWith(await callback(url, crocevia), 'oidc_no_account');
  });

  it('refuses a disabled account', async () => {
    const { callback: url, crocevia } = await signInAt('laura');
    refusedWith(await callback(url, crocevia), 'account_disabled');
  });

  it('refuses a replayed callback (same state and code)', async () => {
    const { callback: url, crocevia } = await signInAt('alice');
    expect((await callback(url, crocevia)).headers.location).toBe('/');
    refusedWith(await callback(url, crocevia), 'oidc_session_expired');
  });

  it('refuses a callback without the state cookie, or with the cookie of another sign-in', async () => {
    const first = await signInAt('alice');
    const second = await signInAt('alice');
    refusedWith(await callback(second.callback), 'oidc_session_expired');
    refusedWith(await callback(second.callback, first.crocevia), 'oidc_session_expired');
  });

  it('refuses a sign-in that took longer than ten minutes', async () => {
    const { callback: url, crocevia } = await signInAt('alice');
    const state = crocevia.get('crocevia_oidc')!;
    await t.db.update(oidcStates).set({ createdAt: new Date(Date.now() - 11 * 60_000) }).where(eq(oidcStates.state, state));
    refusedWith(await callback(url, crocevia), 'oidc_session_expired');
  });

  it('turns a provider error or a malformed callback into a message on the sign-in page, never a 500', async () => {
    const crocevia = new Jar();
    crocevia.store(setCookies(await t.request({ method: 'GET', url: '/api/auth/oidc/login' })));
    const state = crocevia.get('crocevia_oidc')!;
    refusedWith(await callback(`/api/auth/oidc/callback?error=access_denied&state=${state}`, crocevia), 'oidc_cancelled');
    refusedWith(await callback('/api/auth/oidc/callback'), 'oidc_session_expired');
    refusedWith(await callback('/api/auth/oidc/callback?state=a&state=b&code=x', crocevia), 'oidc_session_expired');
    // A forged code with a genuine state fails at the provider's token endpoint.
    const other = new Jar();
    other.store(setCookies(await t.request({ method: 'GET', url: '/api/auth/oidc/login' })));
    const forged = `/api/auth/oidc/callback?code=forged&state=${other.get('crocevia_oidc')}&iss=${encodeURIComponent(issuer)}`;
    refusedWith(await callback(forged, other), 'oidc_failed');
  });
});

describe('without OpenID Connect configured', () => {
  it('answers 404 with the error shape', async () => {
    const plain = await startCrocevia({ DEMO_DATA: 'false' });
    try {
      expect((await plain.request({ method: 'GET', url: '/api/auth/info' })).json().oidc.enabled).toBe(false);
      const res = await plain.request({ method: 'GET', url: '/api/auth/oidc/login', headers: { 'accept-language': 'en' } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'oidc_not_configured', message: 'SPID/CIE sign-in is not configured.' } });
    } finally {
      await plain.close();
    }
  });
});

describe('helpers', () => {
  it('keeps only same-site paths as return addresses', () => {
    for (const bad of [undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/ok path']) {
      expect(safeReturnTo(bad, PUBLIC_URL)).toBe('/');
    }
    expect(safeReturnTo('/cases/1?tab=2#notes', PUBLIC_URL)).toBe('/cases/1?tab=2#notes');
  });

  it('reads the tax code from the SPID fiscalNumber claim', () => {
    expect(taxCodeFromClaim('TINIT-rssmra85t10a562s')).toBe(TAX_CODE);
    expect(taxCodeFromClaim(TAX_CODE)).toBe(TAX_CODE);
    expect(taxCodeFromClaim('TINIT-123')).toBeNull();
    expect(taxCodeFromClaim(42)).toBeNull();
  });
});

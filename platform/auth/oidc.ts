import { eq, lt } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import * as client from 'openid-client';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { recordAudit } from '../audit/audit';
import { taxCodeSchema } from './contract';
import { oidcStates, users } from './schema';
import { createSession } from './sessions';
import { findUserByEmail, type UserRow } from './users';

/** Cookie binding a callback to the browser that started the sign-in (login CSRF); only the callback needs it. */
export const OIDC_COOKIE = 'crocevia_oidc';
export const OIDC_COOKIE_PATH = '/api/auth/oidc';
export const OIDC_STATE_TTL_MS = 10 * 60_000;

type OidcSettings = NonNullable<Config['oidc']>;
type Claims = Record<string, unknown>;

export type OidcOutcome = { ok: true; token: string; expiresAt: Date; returnTo: string } | { ok: false; code: string };

const configurations = new Map<string, Promise<client.Configuration>>();

/** Discovery runs once per process and provider; a failed discovery is forgotten so the next sign-in retries. */
function providerConfiguration(config: Config): Promise<client.Configuration> {
  const oidc = config.oidc as OidcSettings;
  const key = JSON.stringify([config.env, oidc.issuer, oidc.clientId, oidc.clientSecret ?? null]);
  let found = configurations.get(key);
  if (!found) {
    found = discover(config.env, oidc);
    configurations.set(key, found);
    found.catch(() => configurations.delete(key));
  }
  return found;
}

async function discover(env: Config['env'], oidc: OidcSettings): Promise<client.Configuration> {
  // Plain http only for a provider on a developer's machine or started by the tests, never in production.
  const execute = env !== 'production' && new URL(oidc.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [];
  const secret = oidc.clientSecret;
  // client_secret_basic is the OpenID default; a client without a secret is a public client (PKCE only).
  const auth = secret ? client.ClientSecretBasic(secret) : client.None();
  const found = await client.discovery(new URL(oidc.issuer), oidc.clientId, secret, auth, { execute, timeout: 15 });
  const methods = found.serverMetadata().token_endpoint_auth_methods_supported;
  if (!secret || !methods || methods.includes('client_secret_basic') || !methods.includes('client_secret_post')) return found;
  // A provider that accepts only client_secret_post.
  const post = new client.Configuration(found.serverMetadata(), oidc.clientId, secret, client.ClientSecretPost(secret));
  for (const apply of execute) apply(post);
  return post;
}

/** Only a path on this site: '//host' and '/\host' are other origins to a browser. */
export function safeReturnTo(value: string | undefined, publicUrl: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value) || value.length > 1000) return '/';
  const base = new URL(publicUrl);
  const url = new URL(value, base);
  return url.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : '/';
}

/** SPID proxies send the tax code as `TINIT-<code>`; anything that is not a tax code matches nobody. */
export function taxCodeFromClaim(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const parsed = taxCodeSchema.safeParse(value.trim().replace(/^TINIT-/i, ''));
  return parsed.success ? parsed.data : null;
}

function verifiedEmail(claims: Claims): string | null {
  const email = claims.email;
  if (typeof email !== 'string' || !email.includes('@')) return null;
  // Some proxies send booleans as strings; an email the provider says is unverified proves nothing.
  if (claims.email_verified === false || claims.email_verified === 'false') return null;
  return email.trim().toLowerCase();
}

/** Stores state, nonce and PKCE verifier, and returns the provider's authorization URL. */
export async function beginOidcLogin(db: Db, config: Config, returnTo: string | undefined): Promise<{ url: string; state: string }> {
  const oidc = config.oidc as OidcSettings;
  const configuration = await providerConfiguration(config);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  // Abandoned sign-ins are swept here, so the table stays small without a job.
  await db.delete(oidcStates).where(lt(oidcStates.createdAt, new Date(Date.now() - OIDC_STATE_TTL_MS)));
  await db.insert(oidcStates).values({ state, nonce, codeVerifier, returnTo: safeReturnTo(returnTo, config.publicUrl) });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUrl,
    scope: oidc.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}

type CallbackInput = {
  state: string | undefined;
  error: string | undefined;
  /** The callback's query string as received ('?code=…&state=…&iss=…'): the client checks all of it. */
  search: string;
  cookieState: string | undefined;
  ip: string;
  userAgent: string | null;
  log: FastifyBaseLogger;
};

/** The callback: one-use state bound to this browser, code exchange, user match, session. Never throws for a bad request. */
export async function finishOidcLogin(db: Db, config: Config, input: CallbackInput): Promise<OidcOutcome> {
  const { state } = input;
  if (!state || !input.cookieState || state !== input.cookieState) return refuse(db, input, 'oidc_session_expired', 'state_mismatch');
  // Deleting the row is what makes it single-use: a replayed callback finds nothing.
  const [row] = await db.delete(oidcStates).where(eq(oidcStates.state, state)).returning();
  if (!row) return refuse(db, input, 'oidc_session_expired', 'state_unknown');
  if (Date.now() - row.createdAt.getTime() > OIDC_STATE_TTL_MS) return refuse(db, input, 'oidc_session_expired', 'state_expired');
  if (input.error) {
    const code = input.error === 'access_denied' ? 'oidc_cancelled' : 'oidc_failed';
    return refuse(db, input, code, `provider_error:${input.error.slice(0, 60)}`);
  }

  let claims: Claims;
  try {
    claims = await readClaims(config, row, input.search);
  } catch (err) {
    input.log.warn({ err }, 'OpenID Connect code exchange failed');
    return refuse(db, input, 'oidc_failed', 'token_exchange');
  }

  const taxCode = taxCodeFromClaim(claims.fiscalNumber);
  const email = verifiedEmail(claims);
  const match = await matchUser(db, taxCode, email);
  if (!match) return refuse(db, input, 'oidc_no_account', 'no_account', { label: email ?? taxCode });
  const { user, by } = match;
  if (user.status !== 'active') return refuse(db, input, 'account_disabled', 'disabled', { userId: user.id, label: user.email });

  const session = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    const created = await createSession(tx, { userId: user.id, method: 'oidc', ip: input.ip, userAgent: input.userAgent, ttlHours: config.sessionTtlHours });
    await recordAudit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      ip: input.ip,
      details: { method: 'oidc', matchedBy: by },
    });
    return created;
  });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, returnTo: row.returnTo };
}

async function readClaims(config: Config, row: typeof oidcStates.$inferSelect, search: string): Promise<Claims> {
  const configuration = await providerConfiguration(config);
  // The registered redirect URL plus the parameters received: behind a proxy the request's own host may differ.
  const current = new URL((config.oidc as OidcSettings).redirectUrl);
  current.search = search;
  const tokens = await client.authorizationCodeGrant(configuration, current, {
    pkceCodeVerifier: row.codeVerifier,
    expectedState: row.state,
    expectedNonce: row.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims() as Claims & { sub: string };
  if (typeof idToken.email === 'string' || typeof idToken.fiscalNumber === 'string') return idToken;
  // In the code flow, conforming providers release scope claims (email, fiscalNumber) only through userinfo.
  const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  return { ...userinfo, ...idToken };
}

/** The tax code is the SPID/CIE identity, so it wins; an email matches only an account without a different tax code. */
async function matchUser(db: Db, taxCode: string | null, email: string | null): Promise<{ user: UserRow; by: 'tax_code' | 'email' } | null> {
  if (taxCode) {
    const [user] = await db.select().from(users).where(eq(users.taxCode, taxCode));
    if (user) return { user, by: 'tax_code' };
  }
  if (email) {
    const user = await findUserByEmail(db, email);
    if (user && !(taxCode && user.taxCode && user.taxCode !== taxCode)) return { user, by: 'email' };
  }
  return null;
}

async function refuse(db: Db, input: CallbackInput, code: string, outcome: string, who: { userId?: string; label?: string | null } = {}): Promise<OidcOutcome> {
  // Committed on its own: a refused sign-in leaves its trace even though nothing else is written.
  await db.transaction(async (tx) =>
    recordAudit(tx as unknown as Db, {
      actorId: who.userId ?? null,
      actorLabel: who.label ?? null,
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: who.userId ?? null,
      ip: input.ip,
      details: { method: 'oidc', outcome },
    }),
  );
  return { ok: false, code };
}

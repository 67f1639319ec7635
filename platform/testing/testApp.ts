import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config/config';
import type { Database, Db } from '../db/database';
import type { Role, ScopeKind } from '../access/roles';
import { addGrant } from '../access/grants';
import { createUserAccount } from '../auth/users';
import { createSession, SESSION_COOKIE } from '../auth/sessions';
import { openTestDatabase } from './testDatabase';
import type { ModuleDefinition } from '../modules/moduleDefinition';
import { platformModule } from '../platformModule';
import { buildServer } from '../http/server';

export type TestApp = {
  server: FastifyInstance;
  db: Db;
  database: Database;
  config: Config;
  request: (opts: InjectOptions & { as?: string }) => Promise<LightMyRequestResponse>;
  /** A user holding one role in one scope, signed in; returns the cookie to send. */
  userWith: (role: Role, scopeKind: ScopeKind, scopeId?: string | null) => Promise<{ userId: string; cookie: string; email: string }>;
  close: () => Promise<void>;
};

let counter = 0;

export const testEnv = (extra: Record<string, string> = {}) => ({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'true', DATA_DIR: './data/test', ...extra });

/**
 * The real server on a real database (PGlite or PostgreSQL), driven through HTTP injection.
 * `createApp` is passed in so platform code does not import the apps layer.
 */
export async function startTestApp(
  createApp: (config: Config, options: { database: Database }) => Promise<{ server: FastifyInstance; close: () => Promise<void> }>,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const config = loadConfig(testEnv(env));
  const database = await openTestDatabase();
  const app = await createApp(config, { database });
  const db = database.db;
  return {
    server: app.server,
    db,
    database,
    config,
    request: ({ as, headers, ...opts }) => app.server.inject({ ...opts, headers: { ...(headers ?? {}), ...(as ? { cookie: as } : {}) } }),
    userWith: async (role, scopeKind, scopeId = null) => {
      const email = `user${++counter}-${role}@test.crocevia.it`;
      const user = await createUserAccount(db, { email, displayName: `Test ${role}`, passwordHash: null, mustChangePassword: false });
      await addGrant(db, { userId: user.id, role, scopeKind, scopeId, createdBy: null });
      const session = await createSession(db, { userId: user.id, method: 'password', ip: '127.0.0.1', userAgent: 'test', ttlHours: 1 });
      return { userId: user.id, cookie: `${SESSION_COOKIE}=${session.token}`, email };
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A server with only the platform and the given modules, for a module's own HTTP tests
 * (modules must not import the apps layer). Demo seeds of those modules run unless DEMO_DATA=false.
 */
export function startModuleTestApp(modules: ModuleDefinition[], env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp(async (config, { database }) => {
    const all: ModuleDefinition[] = [platformModule(() => all.flatMap((m) => Object.values(m.permissions))), ...modules];
    if (config.demoData) for (const m of all) if (m.seedDemo) await m.seedDemo({ db: database.db, config, log: () => {} });
    const server = await buildServer({ config, db: database.db, modules: all });
    return { server, close: () => server.close() };
  }, env);
}

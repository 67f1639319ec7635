import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { sql } from 'drizzle-orm';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { AppError } from '../errors/appError';
import { registerScopeNamer } from '../access/scopeNames';
import type { ModuleDefinition } from '../modules/moduleDefinition';
import { SESSION_COOKIE, resolveSession } from '../auth/sessions';
import { handleError } from './errors';
import { mountRoute } from './mountRoute';
import { buildOpenApi } from './openapi';
import { renderApiDocs } from './apiDocsPage';
import { routeKey, type AnyRoute } from './route';

export type ServerOptions = {
  config: Config;
  db: Db;
  modules: ModuleDefinition[];
  /** Folder of the built web application; the API works without it. */
  webRoot?: string;
  version?: string;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses to boot when a route lacks a declared access rule or two routes collide (Twenty's guard rule). */
export function checkRoutes(routes: AnyRoute[]): void {
  const seen = new Set<string>();
  for (const r of routes) {
    const key = routeKey(r);
    if (!r.access) throw new Error(`Route ${key} declares no access rule`);
    if (typeof r.access === 'object' && (!r.access.name || r.access.roles.length === 0)) throw new Error(`Route ${key} has an empty permission`);
    if (seen.has(key)) throw new Error(`Route ${key} is declared twice`);
    seen.add(key);
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { config, db, modules } = options;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  });
  for (const m of modules) {
    if (m.scopeNamers?.district) registerScopeNamer('district', m.scopeNamers.district);
    if (m.scopeNamers?.organization) registerScopeNamer('organization', m.scopeNamers.organization);
  }
  const routes = modules.flatMap((m) => m.routes);
  checkRoutes(routes);

  await app.register(cookie);
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);

  // Raw bodies (CSV, GeoJSON files) are read as text; each route parses its own format.
  app.addContentTypeParser(['text/csv', 'text/plain', 'application/geo+json'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    // Cross-site writes are refused: the session cookie is SameSite=Lax and the Origin must be ours.
    const origin = request.headers.origin;
    if (!SAFE_METHODS.has(request.method) && origin && origin !== config.publicUrl && origin !== `${request.protocol}://${request.host}`) {
      throw new AppError(403, 'csrf', 'errors.csrf');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await resolveSession(db, token);
    void reply.header('cache-control', 'no-store');
  });

  for (const route of routes) mountRoute(app, route, { db, config });

  const openapi = buildOpenApi(routes, { title: 'Crocevia API', version: options.version ?? '0.0.0' });
  app.get('/api/docs/openapi.json', async () => openapi);
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(renderApiDocs(openapi as Parameters<typeof renderApiDocs>[0])));
  app.get('/api/health/live', async () => ({ status: 'ok' }));
  app.get('/api/health/ready', async (_req, reply) => {
    try {
      await db.execute(sql`select 1`);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  const webRoot = options.webRoot;
  const hasWeb = !!webRoot && fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Vite fingerprints everything under assets/: cache it for good; anything else is revalidated.
        res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      const error = new AppError(404, 'route_not_found', 'errors.route_not_found');
      return handleError(error, request, reply);
    }
    // Client-side routes of the single-page application.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config';
import type { Database } from '../db/database';
import { platformModule } from '../platformModule';
import { testEnv } from '../testing/testApp';
import { openTestDatabase } from '../testing/testDatabase';
import { buildServer } from './server';

let database: Database;
let server: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'crocevia-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Crocevia</title><div id="root"></div>');
  fs.writeFileSync(path.join(webRoot, 'assets', 'main-abc123.js'), 'console.log(1)');
  database = await openTestDatabase();
  const modules = [platformModule(() => [])];
  server = await buildServer({ config: loadConfig(testEnv()), db: database.db, modules, webRoot });
});
afterAll(async () => {
  await server.close();
  await database.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the web application', () => {
  it('serves index.html for the client-side routes, revalidated on every visit', async () => {
    for (const url of ['/', '/organizations/42', '/territory/map']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('caches fingerprinted assets for good', async () => {
    const res = await server.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves files of a rebuild made after start, without a restart', async () => {
    fs.writeFileSync(path.join(webRoot, 'assets', 'page-new999.js'), 'console.log(2)');
    const res = await server.inject({ method: 'GET', url: '/assets/page-new999.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers unknown API paths and non-GET requests with the JSON error shape, never the page', async () => {
    const api = await server.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('route_not_found');
    const post = await server.inject({ method: 'POST', url: '/somewhere', payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe('route_not_found');
  });
});

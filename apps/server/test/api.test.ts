import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config/config';
import { openDatabase } from '../../../platform/db/database';
import type { TestApp } from '../../../platform/testing/testApp';
import { DEMO_PASSWORD } from '../../../modules/organizations/module';
import { createApp } from '../app';
import { allModules } from '../modules';
import { cookieFrom, startCrocevia } from './helpers';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type AuditEntry = { seq: number; at: string; actorId: string | null; actorLabel: string | null; action: string; entityType: string | null; entityId: string | null; personalData: boolean };
type AuditPage = { items: AuditEntry[]; page: number; pageSize: number; total: number };

let t: TestApp;
let admin: string;
let viewer: string;

const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+SUM(A1:A9)', '-2+3', '@cmd'];

beforeAll(async () => {
  t = await startCrocevia({ LOGIN_RATE_LIMIT_PER_IP: '1000' });
  const signIn = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.crocevia.it', password: DEMO_PASSWORD } });
  admin = cookieFrom(signIn);
  viewer = (await t.userWith('viewer', 'platform')).cookie;
  // Failed sign-ins whose "email" is a spreadsheet formula end up in the log as the actor label.
  for (const email of FORMULAS) await t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'wrong-password' }, remoteAddress: '10.1.1.1' });
  const districtId = (await t.request({ method: 'GET', url: '/api/territory/districts', as: admin })).json().items[0].id;
  const org = await t.request({ method: 'POST', url: '/api/organizations', as: admin, payload: { name: 'Ente per audit, "virgolette"; e punto e virgola', kind: 'other', sector: 'private', districtId } });
  await t.request({ method: 'GET', url: `/api/organizations/${org.json().id}/members`, as: admin });
});
afterAll(() => t.close());

const audit = async (query: string, as = admin): Promise<AuditPage> => (await t.request({ method: 'GET', url: `/api/audit?${query}`, as })).json();
const dayOf = (iso: string) => iso.slice(0, 10);
const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/audit', () => {
  it('filters by action prefix, entity type and personal data', async () => {
    const all = await audit('pageSize=500');
    expect(all.total).toBeGreaterThanOrEqual(7);
    const auth = await audit('action=auth.&pageSize=500');
    expect(auth.total).toBeGreaterThanOrEqual(5);
    expect(auth.items.every((e) => e.action.startsWith('auth.'))).toBe(true);
    // A '%' or '_' typed in the filter is a character, not a wildcard.
    expect((await audit('action=%25')).total).toBe(0);
    expect((await audit('action=auth_')).total).toBe(0);
    const failed = await audit('action=auth.login_failed&pageSize=500');
    expect(failed.items.map((e) => e.actorLabel).sort()).toEqual([...FORMULAS].sort());
    const orgs = await audit('entityType=organization&pageSize=500');
    expect(orgs.items.map((e) => e.action).sort()).toEqual(['organizations.create', 'organizations.member.list']);
    const personal = await audit('personalData=true&pageSize=500');
    const other = await audit('personalData=false&pageSize=500');
    expect(personal.items.every((e) => e.personalData)).toBe(true);
    expect(personal.items.map((e) => e.action)).toContain('organizations.member.list');
    expect(other.items.every((e) => !e.personalData)).toBe(true);
    expect(personal.total + other.total).toBe(all.total);
  });

  it('filters by date range, both ends included', async () => {
    const all = await audit('pageSize=500');
    const days = all.items.map((e) => dayOf(e.at)).sort();
    const first = days[0]!;
    const last = days[days.length - 1]!;
    expect((await audit(`from=${first}&to=${last}&pageSize=500`)).total).toBe(all.total);
    expect((await audit(`to=${shiftDay(first, -1)}`)).total).toBe(0);
    expect((await audit(`from=${shiftDay(last, 1)}`)).total).toBe(0);
  });

  it('pages newest first without overlaps', async () => {
    const p1 = await audit('pageSize=3&page=1');
    const p2 = await audit('pageSize=3&page=2');
    expect(p1.total).toBe(p2.total);
    expect(p1.items).toHaveLength(3);
    const seqs = [...p1.items, ...p2.items].map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(p1.items[0]!.seq).toBe(p1.total);
    expect((await audit(`pageSize=3&page=${Math.ceil(p1.total / 3) + 1}`)).items).toEqual([]);
  });

  it('refuses malformed filters with the field named', async () => {
    const res = await t.request({ method: 'GET', url: '/api/audit?from=2024-02-30&personalData=maybe&pageSize=0', as: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['from', 'pageSize', 'personalData']);
  });

  it('is for platform administrators only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/audit', as: viewer })).statusCode).toBe(403);
    const coordinator = (await t.userWith('district_coordinator', 'platform')).cookie;
    expect((await t.request({ method: 'GET', url: '/api/audit', as: coordinator })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('GET /api/audit/export.csv', () => {
  it('returns the filtered rows as CSV with a header row, formulas neutralised', async () => {
    const expected = await audit('action=auth.login_failed&pageSize=500');
    const res = await t.request({ method: 'GET', url: '/api/audit/export.csv?action=auth.login_failed', as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="crocevia-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\ufeffseq,at,actor_id,actor,action,')).toBe(true);
    const [header, ...rows] = parse(res.body, { bom: true }) as string[][];
    expect(header).toEqual(['seq', 'at', 'actor_id', 'actor', 'action', 'entity_type', 'entity_id', 'personal_data', 'reason', 'ip', 'details', 'hash']);
    expect(rows).toHaveLength(expected.total);
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.items.map((e) => e.seq));
    expect(rows.every((r) => r[4] === 'auth.login_failed')).toBe(true);
    // No cell starts with a character a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows.map((r) => r[3]).sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
    expect(JSON.parse(rows[0]![10]!)).toEqual({ outcome: 'bad_credentials' });
  });

  it('keeps commas, quotes and semicolons inside one cell', async () => {
    const res = await t.request({ method: 'GET', url: '/api/audit/export.csv?action=organizations.create', as: admin });
    const [, ...rows] = parse(res.body, { bom: true }) as string[][];
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]![10]!).name).toBe('Ente per audit, "virgolette"; e punto e virgola');
  });

  it('records the export itself in the audit log', async () => {
    const before = (await audit('action=audit.export')).total;
    await t.request({ method: 'GET', url: '/api/audit/export.csv?entityType=organization', as: admin });
    const after = await audit('action=audit.export');
    expect(after.total).toBe(before + 1);
  });

  it('refuses malformed filters, other roles and anonymous callers, and records nothing for them', async () => {
    const before = (await audit('action=audit.export')).total;
    expect((await t.request({ method: 'GET', url: '/api/audit/export.csv?to=tomorrow', as: admin })).statusCode).toBe(400);
    const denied = await t.request({ method: 'GET', url: '/api/audit/export.csv', as: viewer });
    expect(denied.statusCode).toBe(403);
    expect(denied.headers['content-type']).toMatch(/^application\/json/);
    expect((await t.request({ method: 'GET', url: '/api/audit/export.csv' })).statusCode).toBe(401);
    expect((await audit('action=audit.export')).total).toBe(before);
  });
});

describe('GET /api/audit/verify', () => {
  it('reports the whole chain intact', async () => {
    const total = (await audit('pageSize=1')).total;
    const res = await t.request({ method: 'GET', url: '/api/audit/verify', as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, entries: total });
  });

  it('is for platform administrators only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/audit/verify', as: viewer })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/audit/verify' })).statusCode).toBe(401);
  });
});

/** Runs a command to its end; never throws on a non-zero exit. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run audit:verify on an embedded database on disk', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'crocevia-audit-'));
    // No DATABASE_URL here: this is the PGlite in DATA_DIR that `npm start` uses.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'true', DATA_DIR: dataDir });
    const app = await createApp(config);
    const signIn = await app.server.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.crocevia.it', password: DEMO_PASSWORD } });
    expect(signIn.statusCode).toBe(200);
    await app.server.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: cookieFrom(signIn) } });
    await app.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const env = () => ({ DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' });

  it('exits 0 and says the log is intact', async () => {
    const result = await run(['--import', 'tsx', 'apps/server/auditVerify.ts'], env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/intact: 2 entries verified/);
  });

  it('exits non-zero and names the entry once a row was altered behind the trigger', async () => {
    const database = await openDatabase({ dataDir });
    await database.db.execute(sql`alter table platform_audit_log disable trigger platform_audit_log_append_only`);
    await database.db.execute(sql`update platform_audit_log set actor_label = 'someone@else.example' where seq = 1`);
    await database.close();
    const result = await run(['--import', 'tsx', 'apps/server/auditVerify.ts'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/BROKEN at entry 1: content altered/);
  });
});

describe('API basics', () => {
  it('answers the health checks', async () => {
    const live = await t.request({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await t.request({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('publishes OpenAPI 3.1 with every mounted route and its permission', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json() as { openapi: string; paths: Record<string, Record<string, { 'x-permission'?: string; responses: object }>> };
    expect(spec.openapi).toBe('3.1.0');
    const routes = allModules().flatMap((m) => m.routes);
    for (const r of routes) {
      const op = spec.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url}`).toBeDefined();
      expect(op!['x-permission']).toBe(typeof r.access === 'string' ? r.access : r.access.name);
    }
    const operations = Object.values(spec.paths).flatMap((ops) => Object.values(ops));
    expect(operations).toHaveLength(routes.length);
    expect(operations.every((op) => typeof op['x-permission'] === 'string' && op['x-permission'] !== '')).toBe(true);
  });

  it('serves a readable HTML index of the API', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/^<!doctype html>/i);
    expect(res.body).toContain('/api/territory/imports/municipalities');
    expect(res.body).toContain('territory.import');
  });

  it('answers an unknown API address with 404 and the error shape, in the caller language', async () => {
    const res = await t.request({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'route_not_found', message: 'Indirizzo API inesistente.' } });
    const en = await t.request({ method: 'DELETE', url: '/api/organizations', headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(404);
    expect(en.json()).toEqual({ error: { code: 'route_not_found', message: 'No such API address.' } });
  });

  it('refuses a body of an unsupported content type with 415', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: '<login><email>a@b.it</email></login>', headers: { 'content-type': 'application/xml' } });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ error: { code: 'unsupported_media_type', message: 'Formato dei dati non supportato.' } });
  });

  it('refuses a CSV body where JSON is expected as a validation error, not a crash', async () => {
    const res = await t.request({ method: 'POST', url: '/api/organizations', as: admin, payload: 'name;kind\nEnte;other', headers: { 'content-type': 'text/csv' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
  });

  it('refuses an oversized body with 413 payload_too_large', async () => {
    const payload = JSON.stringify({ name: 'Ente', kind: 'other', sector: 'private', description: 'x'.repeat(1_100_000) });
    const res = await t.request({ method: 'POST', url: '/api/organizations', as: admin, payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('refuses malformed JSON with 400 invalid_json', async () => {
    const res = await t.request({ method: 'POST', url: '/api/organizations', as: admin, payload: '{"name": "Ente",', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('refuses a write from a foreign origin', async () => {
    const res = await t.request({ method: 'POST', url: '/api/organizations', as: admin, payload: { name: 'Ente', kind: 'other', sector: 'private' }, headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });
});

describe('an unexpected failure', () => {
  it('answers 500 with the generic error shape and no stack; readiness reports 503', async () => {
    const broken = await startCrocevia();
    const cookie = (await broken.userWith('platform_admin', 'platform')).cookie;
    // The database goes away under the running server.
    await broken.database.close();
    try {
      const res = await broken.request({ method: 'GET', url: '/api/organizations', as: cookie, headers: { 'accept-language': 'en' } });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: 'internal', message: 'An internal error occurred. Please try again later; if it persists, contact the administrator.' } });
      expect(res.body).not.toMatch(/\.ts:\d+|at \w+ \(|node_modules|Error:/);
      const ready = await broken.request({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
    } finally {
      await broken.server.close();
    }
  });
});

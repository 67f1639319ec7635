import { Readable } from 'node:stream';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { defineRoute } from '../http/route';
import { pageOf } from '../db/paging';
import { prefixPattern } from '../db/like';
import type { Db } from '../db/database';
import { accountPermissions as P } from '../auth/access';
import { auditEntrySchema, auditQuery, verifyResponse } from './contract';
import { verifyAuditChain } from './audit';
import { auditLog } from './schema';

type Filters = z.output<typeof auditQuery>;

function where(q: Filters): SQL | undefined {
  const c: SQL[] = [];
  if (q.actorId) c.push(eq(auditLog.actorId, q.actorId));
  // A prefix match: LIKE's wildcards are escaped, not dropped, since action names contain '_' (auth.login_failed).
  if (q.action) c.push(sql`${auditLog.action} like ${prefixPattern(q.action)}`);
  if (q.entityType) c.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) c.push(eq(auditLog.entityId, q.entityId));
  if (q.personalData) c.push(eq(auditLog.personalData, q.personalData === 'true'));
  if (q.from) c.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) c.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
  return c.length ? and(...c) : undefined;
}

const present = (r: typeof auditLog.$inferSelect) => ({ ...r, at: r.at.toISOString(), details: r.details ?? null });

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

async function* csvLines(db: Db, filter: SQL | undefined): AsyncGenerator<string> {
  yield '\ufeffseq,at,actor_id,actor,action,entity_type,entity_id,personal_data,reason,ip,details,hash\r\n';
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(filter ? and(filter, lt(auditLog.seq, before)) : lt(auditLog.seq, before))
      .orderBy(desc(auditLog.seq))
      .limit(2000);
    if (rows.length === 0) return;
    for (const r of rows) {
      yield [r.seq, r.at.toISOString(), r.actorId, r.actorLabel, r.action, r.entityType, r.entityId, r.personalData, r.reason, r.ip, r.details, r.hash].map(csvCell).join(',') + '\r\n';
    }
    before = rows[rows.length - 1]!.seq;
  }
}

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    access: P['audit.read'],
    summary: 'Browse the audit log, newest first, with filters',
    query: auditQuery,
    response: pageOf(auditEntrySchema),
    handler: async ({ db, query }) => {
      const filter = where(query);
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(filter);
      const rows = await db
        .select()
        .from(auditLog)
        .where(filter)
        .orderBy(desc(auditLog.seq))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { items: rows.map(present), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/export.csv',
    access: P['audit.read'],
    summary: 'Export the filtered audit log as CSV (UTF-8, comma separated)',
    query: auditQuery,
    rawReply: true,
    handler: async ({ db, query, reply, command }) => {
      await command((_tx, audit) => audit({ action: 'audit.export', details: { filters: { ...query, page: undefined, pageSize: undefined } } }));
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="crocevia-audit-${new Date().toISOString().slice(0, 10)}.csv"`)
        .send(Readable.from(csvLines(db, where(query))));
      return undefined;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/audit/verify',
    access: P['audit.read'],
    summary: 'Verify the hash chain of the whole audit log',
    response: verifyResponse,
    handler: async ({ db }) => verifyAuditChain(db),
  }),
];

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { defer } from './cleanup';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The benchmark sends traffic to this machine only. */
export function assertLoopback(serverUrl: string): void {
  const host = new URL(serverUrl).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`DATABASE_URL must point to 127.0.0.1 (got host "${host}"): the benchmark stays on this machine`);
}

async function query<T extends pg.QueryResultRow>(serverUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database on the server named by serverUrl (as platform/testing/testDatabase.ts does),
 * dropped again at clean-up. Returns its URL and the server's version.
 */
export async function createBenchDatabase(serverUrl: string): Promise<{ url: string; version: string }> {
  assertLoopback(serverUrl);
  const name = `crocevia_bench_${randomBytes(6).toString('hex')}`;
  const [row] = await query<{ server_version: string }>(serverUrl, 'show server_version');
  await query(serverUrl, `create database ${name}`);
  defer(`database ${name}`, async () => {
    await query(serverUrl, `drop database if exists ${name} with (force)`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), version: row?.server_version ?? 'unknown' };
}

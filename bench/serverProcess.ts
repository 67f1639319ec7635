import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defer, withTimeout } from './cleanup';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const POLL_MS = 25;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

export type RunningServer = {
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn until GET /api/health/ready answered 200. */
  readyMs: number;
  stop: () => Promise<void>;
};

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** One HTTP exchange on a fresh connection (no pooling), bounded in time. */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false, timeout: options.timeoutMs ?? 5_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Resident memory of a process in bytes, from /proc/<pid>/status (Linux). */
export function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** The environment the server sees: only what it needs, never the caller's DATABASE_URL by accident. */
function childEnv(port: number, dataDir: string, databaseUrl: string | undefined): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  const env: NodeJS.ProcessEnv = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  Object.assign(env, { PORT: String(port), HOST, DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn' });
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Spawns `node --import tsx apps/server/main.ts` and waits until it is ready.
 * The child is registered for clean-up before anything can fail.
 */
export async function startServer(options: { dataDir: string; databaseUrl?: string }): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  const output: string[] = [];
  const keepOutput = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 200) output.shift();
  };

  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/server/main.ts')], {
    cwd: repoRoot,
    env: childEnv(port, options.dataDir, options.databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keepOutput);
  child.stderr?.on('data', keepOutput);
  const exited = waitForExit(child);

  const stop = defer(
    `server ${child.pid ?? '?'}`,
    async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      try {
        await withTimeout(exited, STOP_TIMEOUT_MS, `server ${child.pid} stopping`);
      } catch {
        child.kill('SIGKILL');
        await withTimeout(exited, 5_000, `server ${child.pid} killed`);
      }
    },
    () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  );

  const describe = () => `\n--- server output ---\n${output.join('').trimEnd()}\n---------------------`;
  if (child.pid === undefined) throw new Error(`could not spawn the server${describe()}`);

  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready${describe()}`);
    if (performance.now() - started > READY_TIMEOUT_MS) throw new Error(`the server was not ready within ${READY_TIMEOUT_MS} ms${describe()}`);
    const status = await httpRequest(`${baseUrl}/api/health/ready`, { timeoutMs: 2_000 }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const readyMs = performance.now() - started;
  return { pid: child.pid, baseUrl, readyMs, stop };
}

import autocannon from 'autocannon';
import { httpRequest } from './serverProcess';

export const DEMO_ADMIN = { email: 'admin@demo.crocevia.it', password: 'crocevia-demo-2026' };
const SESSION_COOKIE = 'crocevia_session';
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = 10;
/** A response slower than this counts as an error (autocannon's own default, made explicit). */
const TIMEOUT_SECONDS = 10;

export type RouteFigures = {
  path: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number };
  requests: number;
  errors: number;
  non2xx: number;
};

/** Signs in as the demo platform admin and returns the `crocevia_session=…` cookie pair. */
export async function signInAsDemoAdmin(baseUrl: string): Promise<string> {
  const res = await httpRequest(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${DEMO_ADMIN.email} answered ${res.status}: ${res.body.slice(0, 300)}`);
  const cookies = res.headers['set-cookie'] ?? [];
  const pair = cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!pair) throw new Error(`sign-in answered 200 but set no ${SESSION_COOKIE} cookie`);
  return pair;
}

/** One request before the load, so a wrong route or an empty page fails here and not as a fast 404 benchmark. */
export async function describePage(baseUrl: string, path: string, cookie: string): Promise<string> {
  const res = await httpRequest(`${baseUrl}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.body.slice(0, 300)}`);
  const page = JSON.parse(res.body) as { items?: unknown[]; total?: number };
  if (!Array.isArray(page.items) || page.items.length === 0) throw new Error(`GET ${path} returned no items: the benchmark would measure an empty page`);
  return `${page.items.length} of ${page.total ?? '?'} rows`;
}

function failures(result: autocannon.Result): string | null {
  const problems: string[] = [];
  if (result.errors) problems.push(`${result.errors} connection errors (${result.timeouts} of them no response within ${TIMEOUT_SECONDS} s)`);
  if (result.non2xx) {
    const codes = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, s]) => `${code}×${s.count ?? '?'}`);
    problems.push(`${result.non2xx} non-2xx responses (${codes.join(', ')})`);
  }
  return problems.length ? problems.join(', ') : null;
}

async function fire(url: string, cookie: string | undefined, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: TIMEOUT_SECONDS, headers: cookie ? { cookie } : {} });
}

/** 2 s of warm-up (discarded), then 10 s measured, 50 connections; any error or non-2xx throws. */
export async function measureRoute(baseUrl: string, path: string, cookie?: string): Promise<RouteFigures> {
  const url = `${baseUrl}${path}`;
  const warm = await fire(url, cookie, WARMUP_SECONDS);
  const warmProblem = failures(warm);
  if (warmProblem) throw new Error(`GET ${path} during warm-up: ${warmProblem}`);
  const result = await fire(url, cookie, MEASURE_SECONDS);
  const problem = failures(result);
  if (problem) throw new Error(`GET ${path}: ${problem}`);
  if (result['2xx'] === 0) throw new Error(`GET ${path}: no successful responses at all`);
  return {
    path,
    requestsPerSecond: result.requests.mean,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export const loadSettings = { connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS, measureSeconds: MEASURE_SECONDS };

import { startTestApp, type TestApp } from '../../../platform/testing/testApp';
import { createApp } from '../app';

/** The whole Crocevia server on a fresh database, as a user would reach it over HTTP. */
export function startCrocevia(env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp(createApp, env);
}

export function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  const first = (Array.isArray(raw) ? raw[0] : raw) as string | undefined;
  return first ? first.split(';')[0]! : '';
}

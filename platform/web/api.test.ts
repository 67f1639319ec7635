import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, configureApi, toQueryString } from './api';

describe('toQueryString', () => {
  it('leaves out empty filters and keeps the rest', () => {
    expect(toQueryString({ q: 'treviglio', status: '', page: 2, districtId: undefined, archived: null, personalData: false })).toBe('?q=treviglio&page=2&personalData=false');
    expect(toQueryString({})).toBe('');
  });
});

describe('apiFetch', () => {
  const onUnauthorized = vi.fn();
  configureApi({ language: () => 'en', onUnauthorized });
  afterEach(() => {
    vi.unstubAllGlobals();
    onUnauthorized.mockReset();
  });

  it('sends JSON with the UI language and same-origin credentials', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/x', { method: 'POST', body: { a: 1 }, query: { page: 1 } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x?page=1');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('en');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns the error shape into an ApiError with field errors', async () => {
    const body = { error: { code: 'validation', message: 'Check the fields', fields: [{ field: 'email', message: 'Invalid email' }] } };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 400 })));
    const error = await apiFetch('/api/users', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Check the fields', fields: [{ field: 'email', message: 'Invalid email' }] });
  });

  it('reports a lost session, except for a failed sign-in', async () => {
    const unauthenticated = () => new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in' } }), { status: 401 });
    vi.stubGlobal('fetch', vi.fn(async () => unauthenticated()));
    await expect(apiFetch('/api/users')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(apiFetch('/api/auth/login', { method: 'POST', body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('sends files as they are, and maps a network failure to a stable code', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiFetch('/api/import', { method: 'POST', body: 'a;b\n1;2', contentType: 'text/csv' })).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiFetch('/api/x')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});

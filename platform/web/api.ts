export type FieldError = { field: string; message: string };

/** An API failure in a shape the UI can render: a stable code, a translated message, field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export type ApiOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, unless it is a string or Blob (then sent as is with `contentType`). */
  body?: unknown;
  contentType?: string;
  query?: QueryParams;
  signal?: AbortSignal;
};

type ApiHooks = { language: () => string; onUnauthorized: () => void };
let hooks: ApiHooks = { language: () => 'it', onUnauthorized: () => undefined };

/** Wired once by the app shell: the current language and what to do when the session is gone. */
export function configureApi(next: ApiHooks): void {
  hooks = next;
}

/** Empty filters are left out so URLs stay short and the API applies its defaults. */
export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

// Signing in with a wrong password also answers 401: that is a form error, not a lost session.
const NO_REDIRECT_ON_401 = ['/api/auth/login', '/api/auth/setup'];

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const data = (await response.json()) as { error?: { code?: string; message?: string; fields?: FieldError[] } };
    if (data.error?.code) return new ApiError(response.status, data.error.code, data.error.message ?? '', data.error.fields ?? []);
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic error.
  }
  return new ApiError(response.status, `http_${response.status}`, '');
}

export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': hooks.language() };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string' || options.body instanceof Blob) {
      body = options.body;
      headers['Content-Type'] = options.contentType ?? 'text/plain';
    } else {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
  }
  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !NO_REDIRECT_ON_401.includes(path)) hooks.onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The list shape every paged endpoint returns. */
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

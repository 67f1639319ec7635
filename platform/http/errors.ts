import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldError } from '../errors/appError';
import { negotiateLocale, translate, type Locale } from '../i18n/i18n';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

export function requestLocale(request: FastifyRequest): Locale {
  const cookie = (request.cookies as Record<string, string | undefined> | undefined)?.crocevia_locale;
  const header = request.headers['accept-language'];
  return negotiateLocale(typeof header === 'string' ? header : undefined, cookie);
}

export function zodFields(error: z.ZodError, prefix: string, locale: Locale): FieldError[] {
  const localeError = (locale === 'it' ? z.locales.it() : z.locales.en()).localeError;
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // Re-render the message in the caller's language unless the schema gave its own translation key.
    const keyed = issue.message.startsWith('validation.') ? translate(locale, issue.message) : undefined;
    const rendered = keyed ?? (localeError as (i: unknown) => string | { message: string } | undefined)(issue);
    const message = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
    return { field, message };
  });
}

const fastifyCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_json' },
};

/** Drizzle wraps driver errors; the SQLSTATE is on the error or its cause. */
function postgresErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** The one place an error becomes a response: a stable code, a message in the caller's language, never a stack. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const locale = requestLocale(request);
  let status = 500;
  let code = 'internal';
  let message: string;
  let fields: FieldError[] | undefined;
  if (error instanceof AppError) {
    status = error.status;
    code = error.code;
    message = translate(locale, error.messageKey, error.params);
    fields = error.fields.length ? error.fields : undefined;
  } else {
    const fe = error as FastifyError;
    const known = fe.code ? fastifyCodes[fe.code] : undefined;
    const pgCode = postgresErrorCode(error);
    if (known) ({ status, code } = known);
    else if (pgCode === '23505') {
      // A unique rule met by a concurrent request: the caller's data conflict, not a server fault.
      status = 409;
      code = 'duplicate';
    } else if (pgCode === '23503') {
      status = 400;
      code = 'invalid_reference';
    }
    else if (error instanceof SyntaxError || fe.statusCode === 400) {
      status = 400;
      code = 'invalid_json';
    } else if (fe.statusCode === 429) {
      status = 429;
      code = 'too_many_attempts';
    }
    message = translate(locale, `errors.${code}`);
  }
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).send({ error: { code, message, ...(fields ? { fields } : {}) } });
}

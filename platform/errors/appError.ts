export type FieldError = { field: string; message: string };

/**
 * An error a person can read: a stable code, an HTTP status and a translation key.
 * Anything that is not an AppError reaches the client only as a generic 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
  }
}

export const badRequest = (code: string, key = `errors.${code}`, params?: Record<string, string | number>, fields?: FieldError[]) =>
  new AppError(400, code, key, params, fields);
export const unauthorized = () => new AppError(401, 'unauthenticated', 'errors.unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden', 'errors.forbidden');
// Out-of-scope records answer 404, so their existence is not revealed.
export const notFound = () => new AppError(404, 'not_found', 'errors.not_found');
export const conflict = (code: string, params?: Record<string, string | number>) => new AppError(409, code, `errors.${code}`, params);
export const tooMany = (code: string, params?: Record<string, string | number>) => new AppError(429, code, `errors.${code}`, params);

import type { z } from 'zod';
import { AppError, badRequest } from '../../../platform/errors/appError';
import { zodFields } from '../../../platform/http/errors';
import { translate, type Locale } from '../../../platform/i18n/i18n';

/** Request input helpers shared by the routes and commands: field errors, raw bodies, base64 uploads. */

/** A 400 naming one field, with a message from the `validation` catalogue (`key` without its prefix) in the caller's language. */
export const invalidField = (field: string, key: string, locale: Locale) =>
  badRequest('validation', 'errors.validation', {}, [{ field, message: translate(locale, `validation.${key}`) }]);

/**
 * Validates a body the route read raw (uploads exceed the server's default JSON limit), with the
 * same 400 and translated field messages as every other route.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new AppError(400, 'validation', 'errors.validation', {}, zodFields(result.error, '', locale));
}

/** The size limit of a JSON body carrying up to `files` base64-encoded files of `fileBytes` each (a third larger), plus `otherBytes` for the rest. */
export const base64BodyBytes = (files: number, fileBytes: number, otherBytes: number) => Math.ceil((files * fileBytes * 4) / 3) + otherBytes;

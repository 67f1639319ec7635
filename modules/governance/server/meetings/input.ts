import type { z } from 'zod';
import { AppError } from '../../../../platform/errors/appError';
import { zodFields } from '../../../../platform/http/errors';
import type { Locale } from '../../../../platform/i18n/i18n';

/** Validates a body the route read raw (uploads exceed the default JSON limit) with the usual 400 and translated field messages. */
export function parseJsonBody<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new AppError(400, 'validation', 'errors.validation', {}, zodFields(result.error, '', locale));
}

import { badRequest } from '../../../platform/errors/appError';
import { translate, type Locale } from '../../../platform/i18n/i18n';

/** Request input helpers shared by the routes and commands: field errors (raw bodies and uploads: platform/http/files.ts). */

/** A 400 naming one field, with a message from the `validation` catalogue (`key` without its prefix) in the caller's language. */
export const invalidField = (field: string, key: string, locale: Locale) =>
  badRequest('validation', 'errors.validation', {}, [{ field, message: translate(locale, `validation.${key}`) }]);

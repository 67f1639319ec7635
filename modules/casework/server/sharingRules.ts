import type { z } from 'zod';
import { AppError, badRequest } from '../../../platform/errors/appError';
import { zodFields } from '../../../platform/http/errors';
import { translate, type Locale } from '../../../platform/i18n/i18n';
import type { sections as allSections } from '../contract';
import type { consents } from './schema';

type Section = (typeof allSections)[number];
type ConsentRow = typeof consents.$inferSelect;

/** A 400 naming one field, with a message from the `validation` catalogue in the caller's language. */
export const invalidField = (field: string, key: string, locale: Locale) =>
  badRequest('validation', 'errors.validation', {}, [{ field, message: translate(locale, `validation.${key}`) }]);

/**
 * Why a consent cannot ground sharing these sections of these persons' record with this
 * organisation today, as an error code; null when it can. Pure, so referrals and replacements agree.
 */
export function consentProblem(
  consent: Pick<ConsentRow, 'personId' | 'withdrawnAt' | 'validUntil' | 'grantedToOrganizationId' | 'sections'> | undefined,
  need: { personIds: readonly string[]; organizationId: string; sections: readonly Section[]; today: string },
): string | null {
  if (!consent || !need.personIds.includes(consent.personId)) return 'referral_consent_not_found';
  if (consent.withdrawnAt) return 'referral_consent_withdrawn';
  if (consent.validUntil !== null && consent.validUntil < need.today) return 'referral_consent_expired';
  if (consent.grantedToOrganizationId !== null && consent.grantedToOrganizationId !== need.organizationId) return 'referral_consent_other_organization';
  if (need.sections.some((s) => !consent.sections.includes(s))) return 'referral_consent_sections';
  return null;
}

/** Which sides of a referral the caller's organisations are on (both, when one organisation refers between its own services). */
export function sidesOf(organizationIds: readonly string[], referral: { fromOrganizationId: string; toOrganizationId: string }): { receiver: boolean; sender: boolean } {
  return { receiver: organizationIds.includes(referral.toOrganizationId), sender: organizationIds.includes(referral.fromOrganizationId) };
}

/**
 * Validates a body the route read raw (uploads exceed the server's default JSON limit), with the
 * same 400 and translated field messages as every other route.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new AppError(400, 'validation', 'errors.validation', {}, zodFields(result.error, '', locale));
}

import type { sections as allSections } from '../contract';
import type { consents } from './schema';

type Section = (typeof allSections)[number];
type ConsentRow = typeof consents.$inferSelect;

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

import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/appError';
import type { Locale } from '../../../platform/i18n/i18n';
import { isValidTaxCode, taxCodeConsistency } from '../../linkage/module';
import type { ServiceInfo } from '../../organizations/module';
import { municipalityExists } from '../../territory/module';
import type { PersonUpdateBody, taxCodeChecks } from '../contract';
import type { persons } from './schema';
import { invalidField } from './input';
import { ownService } from './ownService';

/** Checks of a person's data that need the database or another module; zod has done the rest. */

/**
 * The service registering a person or household must belong to an organisation where the caller
 * works on cases; the record takes that organisation's district.
 */
export async function registeringService(db: Db, actor: Actor, serviceId: string, locale: Locale): Promise<ServiceInfo & { districtId: string }> {
  const service = await ownService(db, actor, serviceId);
  if (!service) throw invalidField('registeredByServiceId', 'not_your_service', locale);
  if (!service.districtId) throw new AppError(400, 'service_without_district', 'errors.service_without_district');
  return { ...service, districtId: service.districtId };
}

export async function checkMunicipality(db: Db, municipalityId: string | null | undefined, locale: Locale): Promise<void> {
  if (municipalityId && !(await municipalityExists(db, municipalityId))) throw invalidField('municipalityId', 'unknown_municipality', locale);
}

export type PartialBirth = { birthYear: number | null; birthMonth: number | null; birthDay: number | null };

export function birthParts(text: string | null | undefined): PartialBirth {
  if (!text) return { birthYear: null, birthMonth: null, birthDay: null };
  const [y, m, d] = text.split('-').map(Number);
  return { birthYear: y ?? null, birthMonth: m ?? null, birthDay: d ?? null };
}

export type TaxCodeWarning = { code: 'tax_code_inconsistent'; parts: string[] };
export type TaxCodeCheck = { taxCodeCheck: (typeof taxCodeChecks)[number]; warnings: TaxCodeWarning[] };

/**
 * A code with a wrong check character is refused; one that disagrees with the name or birth
 * data is kept and flagged, because transliterations differ between documents and the operator
 * knows which one the Agency used.
 */
export function checkTaxCode(
  taxCode: string | null | undefined,
  subject: { givenName: string; familyName: string; sex: 'F' | 'M' | 'X' | null } & PartialBirth,
  locale: Locale,
): TaxCodeCheck {
  if (!taxCode) return { taxCodeCheck: 'absent', warnings: [] };
  if (!isValidTaxCode(taxCode)) throw invalidField('taxCode', 'tax_code', locale);
  if (/^\d{11}$/.test(taxCode)) return { taxCodeCheck: 'provisional', warnings: [] };
  const result = taxCodeConsistency(taxCode, subject);
  return result.check === 'consistent'
    ? { taxCodeCheck: 'consistent', warnings: [] }
    : { taxCodeCheck: 'inconsistent', warnings: [{ code: 'tax_code_inconsistent', parts: result.differences }] };
}

type PersonColumns = Partial<Omit<typeof persons.$inferInsert, 'id' | 'districtId' | 'registeredByOrganizationId' | 'registeredByServiceId'>>;

/** Request fields to columns; only the fields the request names, so a PATCH leaves the rest alone. */
export function personColumns(body: PersonUpdateBody): PersonColumns {
  const { birthDate, permit, ...plain } = body;
  const out: PersonColumns = {};
  for (const [key, value] of Object.entries(plain)) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  if (birthDate !== undefined) Object.assign(out, birthParts(birthDate));
  if (permit !== undefined) Object.assign(out, { permitType: permit?.type ?? null, permitNumber: permit?.number ?? null, permitExpiresOn: permit?.expiresOn ?? null });
  return out;
}

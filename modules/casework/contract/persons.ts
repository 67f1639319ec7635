import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/db/paging';
import { caseStatuses, permitTypes, protectionLevels, relationships, sexes, taxCodeChecks } from './vocabulary';

// Persons and households: registration, duplicate check, search, merge. The web imports these too.

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
const name = z.string().trim().min(1).max(200);
const isoDate = z.iso.date();

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': documents of asylum seekers often carry only a year. */
export const partialDateText = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'validation.partial_date')
  .refine(realPartialDate, 'validation.partial_date')
  .refine((v) => v <= new Date().toISOString().slice(0, v.length), 'validation.date_in_future');

function realPartialDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  if (y === undefined || y < 1900) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'validation.country_code');
const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'validation.language_code');
/** Checked for its check character on the server (personal 16 characters, or provisional 11 digits). */
const taxCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/[\s.-]/g, ''))
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

export const permitSchema = z.object({
  type: z.enum(permitTypes),
  number: text(60),
  expiresOn: isoDate.nullable().optional(),
});

// No defaults here: a PATCH must leave unnamed fields alone.
const personFields = {
  givenName: name,
  familyName: name,
  nativeGivenName: text(200),
  nativeFamilyName: text(200),
  alternativeNames: z.array(name).max(20),
  sex: z.enum(sexes).nullable(),
  birthDate: partialDateText.nullable(),
  birthPlace: text(200),
  birthCountry: countryCode.nullable(),
  citizenships: z.array(countryCode).max(5),
  languages: z.array(languageCode).max(10),
  needsMediator: z.boolean(),
  permit: permitSchema.nullable(),
  taxCode,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{5,25}$/, 'validation.phone')
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  email: z.email().max(320).nullable().optional().or(z.literal('').transform(() => null)),
  address: text(300),
  municipalityId: z.uuid().nullable(),
};

export const personBody = z.object({
  ...personFields,
  alternativeNames: personFields.alternativeNames.optional(),
  sex: personFields.sex.optional(),
  birthDate: personFields.birthDate.optional(),
  birthCountry: personFields.birthCountry.optional(),
  citizenships: personFields.citizenships.optional(),
  languages: personFields.languages.optional(),
  needsMediator: personFields.needsMediator.optional(),
  permit: personFields.permit.optional(),
  municipalityId: personFields.municipalityId.optional(),
  /** The service registering the person: one of the caller's organisation. */
  registeredByServiceId: z.uuid(),
});
export type PersonBody = z.output<typeof personBody>;

export const personUpdateBody = z
  .object(personFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'validation.empty_update');
export type PersonUpdateBody = z.output<typeof personUpdateBody>;

export const taxCodeWarningSchema = z.object({
  code: z.literal('tax_code_inconsistent'),
  /** Which parts of the code disagree with the record: surname, name, year, month, day, sex. */
  parts: z.array(z.string()),
});

export const personSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  nativeGivenName: z.string().nullable(),
  nativeFamilyName: z.string().nullable(),
  alternativeNames: z.array(z.string()),
  sex: z.enum(sexes).nullable(),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  birthCountry: z.string().nullable(),
  citizenships: z.array(z.string()),
  languages: z.array(z.string()),
  needsMediator: z.boolean(),
  permit: z.object({ type: z.enum(permitTypes), number: z.string().nullable(), expiresOn: z.string().nullable() }).nullable(),
  taxCode: z.string().nullable(),
  taxCodeCheck: z.enum(taxCodeChecks),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  municipalityId: z.uuid().nullable(),
  districtId: z.uuid(),
  registeredBy: z.object({ organizationId: z.uuid(), organizationName: z.string().nullable(), serviceId: z.uuid().nullable(), serviceName: z.string().nullable() }),
  households: z.array(z.object({ id: z.uuid(), name: z.string(), relationship: z.enum(relationships) })),
  /** Only the cases the caller may know about. */
  cases: z.array(z.object({ id: z.uuid(), reference: z.string(), status: z.enum(caseStatuses), protection: z.enum(protectionLevels) })),
  createdAt: z.string(),
  updatedAt: z.string(),
  warnings: z.array(taxCodeWarningSchema),
  /** What the caller may do on the record (server/queries/persons.ts `personAbilities`, the rule the routes enforce). */
  abilities: z.object({
    update: z.boolean(),
    merge: z.boolean(),
    export: z.boolean(),
    erase: z.boolean(),
    manageConsents: z.boolean(),
    manageLockouts: z.boolean(),
    openCase: z.boolean(),
  }),
});
export type PersonView = z.input<typeof personSchema>;

/** One line of a list or a search: enough to recognise someone, nothing more. */
export const personSummarySchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  nativeGivenName: z.string().nullable(),
  nativeFamilyName: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  citizenships: z.array(z.string()),
  registeredByServiceName: z.string().nullable(),
  visibleCases: z.number().int(),
});
export type PersonSummary = z.input<typeof personSummarySchema>;

export const personListQuery = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  /** With a name, narrows the search as the duplicate check does: a conflicting birth year rules a person out. */
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
});
export const personPageSchema = pageOf(personSummarySchema.extend({ score: z.number().nullable() }));

/** The person being registered, as far as the operator has typed it. */
export const duplicateCheckBody = z
  .object({
    givenName: z.string().trim().max(200).optional(),
    familyName: z.string().trim().max(200).optional(),
    nativeGivenName: z.string().trim().max(200).optional(),
    nativeFamilyName: z.string().trim().max(200).optional(),
    alternativeNames: z.array(z.string().trim().max(200)).max(20).optional(),
    birthDate: partialDateText.nullable().optional(),
    sex: z.enum(sexes).nullable().optional(),
    taxCode,
    registeredByServiceId: z.uuid(),
  })
  .refine((b) => Boolean(b.givenName || b.familyName || b.taxCode || b.alternativeNames?.length), 'validation.name_or_tax_code');
export type DuplicateCheckBody = z.output<typeof duplicateCheckBody>;

const matchDecision = z.enum(['match', 'possible']);
export const duplicateMatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('visible'), person: personSummarySchema, score: z.number(), decision: matchDecision, reasons: z.array(z.string()) }),
  z.object({
    kind: z.literal('hidden'),
    /** Opaque and signed: lets the caller ask the other service to get in touch, never reveals the record. */
    matchToken: z.string(),
    serviceName: z.string().nullable(),
    organizationName: z.string().nullable(),
    /** The record belongs to a protected case: the service is not named. */
    restricted: z.boolean(),
    decision: matchDecision,
  }),
]);
export const duplicateCheckSchema = z.object({ matches: z.array(duplicateMatchSchema) });
export type DuplicateMatch = z.input<typeof duplicateMatchSchema>;

export const contactRequestBody = z.object({ matchToken: z.string().min(10).max(2000), message: z.string().trim().min(1).max(1000) });
export const contactRequestSchema = z.object({ sent: z.number().int() });

export const mergeBody = z.object({ duplicateId: z.uuid(), reason: z.string().trim().min(3).max(1000) });

export const personHistorySchema = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  merges: z.array(
    z.object({
      id: z.uuid(),
      /** 'absorbed': this record took in another; 'absorbedInto': this record was folded into another. */
      direction: z.enum(['absorbed', 'absorbedInto']),
      survivorId: z.uuid(),
      mergedId: z.uuid(),
      mergedBy: z.uuid(),
      mergedByName: z.string().nullable(),
      mergedAt: z.string(),
      reason: z.string().nullable(),
      /** The names the absorbed record carried. */
      mergedNames: z.array(z.string()),
    }),
  ),
});

const memberBody = z.object({ personId: z.uuid(), relationship: z.enum(relationships) });
const membersList = z
  .array(memberBody)
  .max(30)
  .refine((ms) => new Set(ms.map((m) => m.personId)).size === ms.length, 'validation.duplicate_member');

export const householdBody = z.object({
  name: z.string().trim().min(1).max(200),
  singleParent: z.boolean().optional(),
  registeredByServiceId: z.uuid(),
  members: membersList,
});
export const householdUpdateBody = z
  .object({ name: z.string().trim().min(1).max(200), singleParent: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'validation.empty_update');
export const householdMembersBody = z.object({ members: membersList });

export const householdSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  districtId: z.uuid(),
  singleParent: z.boolean(),
  /** Members under 18 today; members whose age is unknown are counted apart. */
  minors: z.number().int(),
  unknownAge: z.number().int(),
  members: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('visible'),
        personId: z.uuid(),
        relationship: z.enum(relationships),
        givenName: z.string(),
        familyName: z.string(),
        birthDate: z.string().nullable(),
        sex: z.enum(sexes).nullable(),
        minor: z.boolean().nullable(),
      }),
      // A member the caller may not see: the household's shape without their identity.
      z.object({ kind: z.literal('hidden'), relationship: z.enum(relationships) }),
    ]),
  ),
  abilities: z.object({ update: z.boolean() }),
});
export type HouseholdView = z.input<typeof householdSchema>;

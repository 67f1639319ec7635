import { z } from 'zod';

/** ISO 639-1 or 639-2/3 code, lower case ('ar', 'ti', 'uk', 'sq', 'bn', 'ur', 'fr', 'en'). */
export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'validation.language_code');

/** Server-side paging, as every list has. */
export const resourcePageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

const someField = (v: Record<string, unknown>) => Object.values(v).some((x) => x !== undefined);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const mediatorBody = z.object({
  districtId: z.uuid(),
  organizationId: z.uuid(),
  displayName: z.string().trim().min(2).max(200),
  languages: z.array(languageCodeSchema).min(1).max(20),
  email: z.email().nullable().optional(),
  phone: optionalText(40),
});

export const mediatorUpdateBody = z
  .object({
    displayName: z.string().trim().min(2).max(200).optional(),
    active: z.boolean().optional(),
    languages: z.array(languageCodeSchema).min(1).max(20).optional(),
    email: z.email().nullable().optional(),
    phone: optionalText(40),
  })
  .refine(someField, 'validation.empty_update');

export const mediatorsQuery = resourcePageQuery.extend({
  districtId: z.uuid().optional(),
  language: languageCodeSchema.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});

export const mediatorSchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string().nullable(),
  displayName: z.string(),
  languages: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  abilities: z.object({ manage: z.boolean() }),
});

export const housingUnitBody = z.object({
  districtId: z.uuid(),
  organizationId: z.uuid(),
  name: z.string().trim().min(2).max(200),
  address: optionalText(300),
  municipalityId: z.uuid().nullable().optional(),
  capacity: z.number().int().min(1).max(500),
});

export const housingUnitUpdateBody = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    address: optionalText(300),
    municipalityId: z.uuid().nullable().optional(),
    capacity: z.number().int().min(1).max(500).optional(),
    active: z.boolean().optional(),
  })
  .refine(someField, 'validation.empty_update');

export const housingUnitsQuery = resourcePageQuery.extend({
  districtId: z.uuid().optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});

export const housingUnitSchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  municipalityId: z.uuid().nullable(),
  capacity: z.number().int(),
  active: z.boolean(),
  /** Placements running today. */
  occupancy: z.number().int(),
  abilities: z.object({ manage: z.boolean() }),
});

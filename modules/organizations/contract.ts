import { z } from 'zod';

export const organizationKinds = [
  'municipality',
  'planning_office',
  'health_authority',
  'school',
  'prefecture',
  'police_headquarters',
  'third_sector',
  'anti_violence_centre',
  'reception_operator',
  'university',
  'other',
] as const;
export const sectors = ['public', 'third_sector', 'private'] as const;
export const organizationKindSchema = z.enum(organizationKinds);
export const sectorSchema = z.enum(sectors);

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v === '' ? null : v));
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{5,25}$/, 'validation.phone')
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));
const email = z.email().max(320).nullable().optional().or(z.literal('').transform(() => null));
const website = z.url({ protocol: /^https?$/ }).max(500).nullable().optional().or(z.literal('').transform(() => null));
// Codice fiscale of a body (11 digits, like a VAT number) or of a person (16 characters).
const taxId = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([0-9]{11}|[A-Z0-9]{16})$/, 'validation.tax_id')
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

export const organizationBody = z.object({
  name: z.string().trim().min(2).max(300),
  shortName: optionalText(60),
  kind: organizationKindSchema,
  sector: sectorSchema,
  taxId,
  ipaCode: optionalText(20),
  districtId: z.uuid().nullable().optional(),
  municipalityId: z.uuid().nullable().optional(),
  address: optionalText(300),
  email,
  phone,
  website,
  description: optionalText(4000),
});
export const organizationUpdateBody = organizationBody.partial();

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: organizationKindSchema,
  sector: sectorSchema,
  taxId: z.string().nullable(),
  ipaCode: z.string().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  municipalityId: z.uuid().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  isDemo: z.boolean(),
  archived: z.boolean(),
  counts: z.object({ services: z.number().int(), helpDesks: z.number().int(), members: z.number().int() }),
  abilities: z.object({ update: z.boolean(), archive: z.boolean(), manageServices: z.boolean(), readMembers: z.boolean(), manageMembers: z.boolean() }),
});

export const organizationsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: organizationKindSchema.optional(),
  sector: sectorSchema.optional(),
  districtId: z.uuid().optional(),
  archived: z.enum(['true', 'false']).default('false'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const serviceBody = z.object({
  name: z.string().trim().min(2).max(300),
  description: optionalText(4000),
  email,
  phone,
});
export const serviceSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const helpDeskBody = z.object({
  name: z.string().trim().min(2).max(300),
  serviceId: z.uuid().nullable().optional(),
  address: optionalText(300),
  municipalityId: z.uuid().nullable().optional(),
  openingHours: optionalText(1000),
  phone,
  email,
});
export const helpDeskSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  serviceId: z.uuid().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  municipalityId: z.uuid().nullable(),
  openingHours: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const memberRoleSchema = z.enum(['org_admin', 'operator', 'analyst', 'inspector', 'trainer', 'viewer']);

export const memberBody = z.object({
  email: z.email().max(320),
  displayName: z.string().trim().min(2).max(200),
  role: memberRoleSchema,
  jobTitle: optionalText(200),
});

export const memberSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
  roles: z.array(z.object({ grantId: z.uuid(), role: z.string() })),
  validFrom: z.string(),
});

export const addMemberResponse = memberSchema.extend({ temporaryPassword: z.string().nullable() });
export const listQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

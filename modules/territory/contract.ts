import { z } from 'zod';

export const districtKinds = ['ambito', 'distretto', 'zona', 'consorzio'] as const;
export const districtKindSchema = z.enum(districtKinds);

export const regionSchema = z.object({ code: z.string(), name: z.string() });
export const provinceSchema = z.object({ code: z.string(), name: z.string(), abbreviation: z.string().nullable(), regionCode: z.string() });

export const municipalitySchema = z.object({
  id: z.uuid(),
  istatCode: z.string(),
  name: z.string(),
  nameOther: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string().nullable(),
  cadastralCode: z.string().nullable(),
  population2011: z.number().int().nullable(),
  hasBoundary: z.boolean(),
});

export const municipalitiesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  provinceCode: z.string().regex(/^\d{3}$/).optional(),
  districtId: z.uuid().optional(),
  /** Composition of the district on this date (default today). */
  date: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});

export const districtSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: districtKindSchema,
  regionCode: z.string().nullable(),
  description: z.string().nullable(),
  isDemo: z.boolean(),
  municipalityCount: z.number().int(),
  abilities: z.object({ update: z.boolean(), manageCoordinators: z.boolean() }),
});

export const districtDetailSchema = districtSchema.extend({
  date: z.string(),
  municipalities: z.array(z.object({ id: z.uuid(), istatCode: z.string(), name: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
  history: z.array(z.object({ municipalityId: z.uuid(), name: z.string(), istatCode: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
});

export const districtsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const districtBody = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(2).max(200),
  kind: districtKindSchema,
  regionCode: z.string().regex(/^\d{2}$/).nullable().optional(),
  description: z.string().trim().max(2000).nullable().optional(),
});

export const districtUpdateBody = districtBody.partial();

/** The district's municipalities from validFrom on; those leaving are closed the day before, history stays. */
export const compositionBody = z.object({
  municipalityIds: z.array(z.uuid()).max(500),
  validFrom: z.iso.date(),
});

export const dateQuery = z.object({ date: z.iso.date().optional() });

export const importQuery = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
});

export const coordinatorBody = z.object({ userId: z.uuid(), role: z.enum(['district_coordinator', 'analyst', 'viewer', 'inspector', 'trainer']) });

export const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.array(z.number()).nullable(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({ istatCode: z.string(), name: z.string() }),
      geometry: z.unknown(),
    }),
  ),
});

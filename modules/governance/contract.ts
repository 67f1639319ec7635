import { z } from 'zod';

import { isoDate, memberRoleSchema, optionalText, quorumRuleSchema, roundtableKindSchema } from './contract/vocabulary';

// The module's value lists live in contract/vocabulary.ts so the area contracts can use them without a cycle.
export * from './contract/vocabulary';

/** ISTAT region code, two digits (the territory module's regions are keyed by it). */
const regionCode = z.string().trim().regex(/^[0-9]{2}$/);

// ---- networks ----
export const networkBody = z.object({
  name: z.string().trim().min(2).max(300),
  description: optionalText(4000),
  districtId: z.uuid().nullable().optional(),
  regionCode: regionCode.nullable().optional(),
});
export const networkUpdateBody = networkBody.partial();

export const networkOrganizationsBody = z.object({
  organizations: z.array(z.object({ organizationId: z.uuid(), joinedOn: isoDate.optional() })).max(500),
});

export const networkOrganizationSchema = z.object({ organizationId: z.uuid(), organizationName: z.string().nullable(), joinedOn: z.string() });

export const networkSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  regionCode: z.string().nullable(),
  organizationCount: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export const networkDetailSchema = networkSchema.extend({ organizations: z.array(networkOrganizationSchema) });

export const networksQuery = z.object({
  q: z.string().trim().max(200).optional(),
  districtId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

// ---- round tables ----
export const roundtableBody = z.object({
  name: z.string().trim().min(2).max(300),
  kind: roundtableKindSchema,
  mandate: optionalText(8000),
  networkId: z.uuid().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  districtId: z.uuid().nullable().optional(),
  coordinatingOrganizationId: z.uuid(),
  quorumRule: quorumRuleSchema.default('none'),
  quorumFixed: z.number().int().min(1).max(1000).nullable().optional(),
});
export const roundtableUpdateBody = z.object({
  name: z.string().trim().min(2).max(300).optional(),
  kind: roundtableKindSchema.optional(),
  mandate: optionalText(8000),
  networkId: z.uuid().nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  districtId: z.uuid().nullable().optional(),
  coordinatingOrganizationId: z.uuid().optional(),
  quorumRule: quorumRuleSchema.optional(),
  quorumFixed: z.number().int().min(1).max(1000).nullable().optional(),
  archived: z.boolean().optional(),
});

export const roundtablesQuery = z.object({
  q: z.string().trim().max(200).optional(),
  networkId: z.uuid().optional(),
  districtId: z.uuid().optional(),
  kind: roundtableKindSchema.optional(),
  archived: z.enum(['true', 'false']).default('false'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const roundtableSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: roundtableKindSchema,
  mandate: z.string().nullable(),
  networkId: z.uuid().nullable(),
  parentId: z.uuid().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  coordinatingOrganizationId: z.uuid(),
  coordinatingOrganizationName: z.string().nullable(),
  quorumRule: quorumRuleSchema,
  quorumFixed: z.number().int().nullable(),
  archived: z.boolean(),
  abilities: z.object({ update: z.boolean(), manageMembers: z.boolean(), manage: z.boolean(), member: z.boolean(), seeDrafts: z.boolean() }),
});

// ---- members ----
export const memberBody = z.object({
  organizationId: z.uuid().nullable().optional(),
  delegateUserId: z.uuid().nullable().optional(),
  substituteUserId: z.uuid().nullable().optional(),
  expertName: optionalText(200),
  role: memberRoleSchema.default('member'),
  mandateFrom: isoDate,
  mandateTo: isoDate.nullable().optional(),
});
export const memberUpdateBody = z.object({
  organizationId: z.uuid().nullable().optional(),
  delegateUserId: z.uuid().nullable().optional(),
  substituteUserId: z.uuid().nullable().optional(),
  expertName: optionalText(200),
  role: memberRoleSchema.optional(),
  mandateFrom: isoDate.optional(),
  mandateTo: isoDate.nullable().optional(),
});

export const memberSchema = z.object({
  id: z.uuid(),
  roundtableId: z.uuid(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  delegateUserId: z.uuid().nullable(),
  /** Display names of the named people: members of a table know who sits at it. */
  delegateName: z.string().nullable(),
  substituteUserId: z.uuid().nullable(),
  substituteName: z.string().nullable(),
  expertName: z.string().nullable(),
  role: memberRoleSchema,
  mandateFrom: z.string(),
  mandateTo: z.string().nullable(),
});

export const roundtableDetailSchema = roundtableSchema.extend({
  members: z.array(memberSchema),
  subTables: z.array(z.object({ id: z.uuid(), name: z.string(), kind: roundtableKindSchema, archived: z.boolean() })),
});

// Each area's request and response shapes live in contract/<area>.ts.
export * from './contract/meetings';
export * from './contract/invitations';
export * from './contract/minutes';
export * from './contract/actions';
export * from './contract/agreements';
export * from './contract/network';
export * from './contract/steering';

import { z } from 'zod';
import { roles, scopeKinds } from '../access/roles';

export const roleSchema = z.enum(roles);
export const scopeKindSchema = z.enum(scopeKinds);

export const grantSchema = z.object({
  id: z.uuid(),
  role: roleSchema,
  scopeKind: scopeKindSchema,
  scopeId: z.uuid().nullable(),
  scopeName: z.string().nullable(),
});

export const loginBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export const setupBody = z.object({
  email: z.email().max(320),
  displayName: z.string().trim().min(2).max(200),
  password: z.string().min(12, 'validation.password_length').max(1000),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12, 'validation.password_length').max(1000),
});

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    mustChangePassword: z.boolean(),
  }),
  grants: z.array(grantSchema),
  /** Every permission name the user holds somewhere: the web shows navigation from it. */
  permissions: z.array(z.string()),
});

export const authInfoResponse = z.object({
  needsSetup: z.boolean(),
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
  demo: z.boolean(),
});

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  taxCode: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  locale: z.string(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  grants: z.array(grantSchema),
  abilities: z.object({ update: z.boolean(), resetPassword: z.boolean() }),
});

export const taxCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[0-9]{11})$/, 'validation.tax_code');

export const createUserBody = z.object({
  email: z.email().max(320),
  displayName: z.string().trim().min(2).max(200),
  taxCode: taxCodeSchema.optional(),
  locale: z.enum(['it', 'en']).default('it'),
});

export const updateUserBody = z.object({
  displayName: z.string().trim().min(2).max(200).optional(),
  taxCode: taxCodeSchema.nullable().optional(),
  locale: z.enum(['it', 'en']).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});

export const usersQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const platformGrantBody = z.object({ role: roleSchema });
export const idParams = z.object({ id: z.uuid() });
export const temporaryPasswordResponse = z.object({ temporaryPassword: z.string() });

import { memberRoleSchema, organizationKindSchema, sectorSchema } from '../contract';

export const organizationKinds = organizationKindSchema.options;
export const sectors = sectorSchema.options;
export const memberRoles = memberRoleSchema.options;

import { z } from 'zod';

// Request and response shapes of the invitations routes (see README.md "API").
export const invitationsContractVersion = z.literal(1);

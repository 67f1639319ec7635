import { z } from 'zod';

// Request and response shapes of the actions routes (see README.md "API").
export const actionsContractVersion = z.literal(1);

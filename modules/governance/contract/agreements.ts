import { z } from 'zod';

// Request and response shapes of the agreements routes (see README.md "API").
export const agreementsContractVersion = z.literal(1);

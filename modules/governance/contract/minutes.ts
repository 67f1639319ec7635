import { z } from 'zod';

// Request and response shapes of the minutes routes (see README.md "API").
export const minutesContractVersion = z.literal(1);

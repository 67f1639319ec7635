import { z } from 'zod';

// Request and response shapes of the meetings routes (see README.md "API").
export const meetingsContractVersion = z.literal(1);

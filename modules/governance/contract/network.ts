import { z } from 'zod';

// Request and response shapes of the network graph routes (see README.md "API").
export const networkContractVersion = z.literal(1);

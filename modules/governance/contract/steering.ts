import { z } from 'zod';

// Request and response shapes of the steering routes (see README.md "API").
export const steeringContractVersion = z.literal(1);

import { z } from 'zod';
export const _personsPlaceholder = z.never().optional();

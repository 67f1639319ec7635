import { z } from 'zod';
export const _factsPlaceholder = z.never().optional();

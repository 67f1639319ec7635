import { z } from 'zod';
export const _casesPlaceholder = z.never().optional();

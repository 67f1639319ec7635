import { z } from 'zod';
export const _rightsPlaceholder = z.never().optional();

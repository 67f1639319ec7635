import { z } from 'zod';
export const _consentsPlaceholder = z.never().optional();

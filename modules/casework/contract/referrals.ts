import { z } from 'zod';
export const _referralsPlaceholder = z.never().optional();

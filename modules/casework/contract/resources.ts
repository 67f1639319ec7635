import { z } from 'zod';
export const _resourcesPlaceholder = z.never().optional();

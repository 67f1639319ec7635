import { z } from 'zod';
export const _planPlaceholder = z.never().optional();

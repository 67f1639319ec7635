import type { AnyRoute } from '../../../platform/http/route';

export const planRoutes: AnyRoute[] = [];

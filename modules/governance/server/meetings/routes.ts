import type { AnyRoute } from '../../../../platform/http/route';

export const meetingsRoutes: AnyRoute[] = [];

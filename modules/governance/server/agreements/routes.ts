import type { AnyRoute } from '../../../../platform/http/route';

export const agreementsRoutes: AnyRoute[] = [];

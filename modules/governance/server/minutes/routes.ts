import type { AnyRoute } from '../../../../platform/http/route';
import { approvalRoutes } from './approval';
import { commentRoutes } from './commentRoutes';
import { decisionRoutes } from './decisionRoutes';
import { minutesCoreRoutes } from './minutesRoutes';

export const minutesRoutes: AnyRoute[] = [...minutesCoreRoutes, ...decisionRoutes, ...commentRoutes, ...approvalRoutes];

import type { AnyRoute } from '../../../../platform/http/route';
import type { GovernanceExtensions } from '../extensions';

export const steeringRoutes = (_ext: GovernanceExtensions): AnyRoute[] => [];

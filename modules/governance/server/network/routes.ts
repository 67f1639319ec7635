import type { AnyRoute } from '../../../../platform/http/route';
import type { GovernanceExtensions } from '../extensions';

export const networkGraphRoutes = (_ext: GovernanceExtensions): AnyRoute[] => [];

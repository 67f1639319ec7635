import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { governancePermissions } from './server/access';
import { governanceRoutes } from './server/routes';
import { meetingsRoutes } from './server/meetings/routes';
import { invitationsRoutes } from './server/invitations/routes';
import { minutesRoutes } from './server/minutes/routes';
import { actionsRoutes } from './server/actions/routes';
import { agreementsRoutes } from './server/agreements/routes';
import { networkGraphRoutes } from './server/network/routes';
import { steeringRoutes } from './server/steering/routes';
import { governanceJobs } from './server/actions/jobs';
import { seedGovernanceDemo } from './server/seeds';
import type { GovernanceExtensions } from './server/extensions';

/** The module with the providers other modules offer it (referral ties, steering slots), wired by the app. */
export function createGovernanceModule(extensions: GovernanceExtensions = {}): ModuleDefinition {
  return {
    name: 'governance',
    permissions: governancePermissions,
    routes: [
      ...governanceRoutes,
      ...meetingsRoutes,
      ...invitationsRoutes,
      ...minutesRoutes,
      ...actionsRoutes,
      ...agreementsRoutes,
      ...networkGraphRoutes(extensions),
      ...steeringRoutes(extensions),
    ],
    jobs: governanceJobs,
    seedDemo: seedGovernanceDemo,
  };
}

export const governanceModule = createGovernanceModule();

export type { GovernanceExtensions, ReferralTie, ReferralTieSource, SteeringFigure, SteeringSlot } from './server/extensions';
export * as governanceTesting from './server/testing';

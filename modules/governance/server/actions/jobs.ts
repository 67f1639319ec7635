import type { ModuleJob } from '../../../../platform/modules/moduleDefinition';

export const governanceJobs: ModuleJob[] = [];

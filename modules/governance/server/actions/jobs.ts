import type { ModuleJob } from '../../../../platform/modules/moduleDefinition';
import { runGovernanceReminders } from './reminders';

export const governanceJobs: ModuleJob[] = [
  {
    name: 'reminders',
    everyMinutes: 60,
    run: async ({ db, config, now, log }) => {
      const r = await runGovernanceReminders(db, config, now);
      if (r.actionItems || r.agreements) log(`governance reminders: ${r.actionItems} action items, ${r.agreements} agreements, ${r.notifications} notifications`);
    },
  },
];

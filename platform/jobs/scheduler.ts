import type { Config } from '../config/config';
import type { Db } from '../db/database';
import type { ModuleDefinition, ModuleJob } from '../modules/moduleDefinition';

/**
 * Runs the modules' jobs on timers inside the server process: the platform has one process and no
 * queue, and every job is idempotent, so a run lost to a restart is simply done by the next one.
 * A job never overlaps itself; a failure is logged and the timer goes on.
 */
export function startJobs(deps: { db: Db; config: Config; modules: ModuleDefinition[]; log: (message: string) => void }): () => void {
  const jobs: { module: string; job: ModuleJob }[] = deps.modules.flatMap((m) => (m.jobs ?? []).map((job) => ({ module: m.name, job })));
  const timers: NodeJS.Timeout[] = [];
  for (const { module, job } of jobs) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run({ db: deps.db, config: deps.config, now: new Date(), log: deps.log });
      } catch (error) {
        deps.log(`job ${module}.${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
      }
    };
    // First run soon after boot (not during it), then on the interval.
    timers.push(setTimeout(() => void tick(), 30_000).unref());
    timers.push(setInterval(() => void tick(), job.everyMinutes * 60_000).unref());
  }
  return () => timers.forEach((t) => clearTimeout(t));
}

import type { Config } from '../config/config';
import type { Db } from '../db/database';
import type { Permission } from '../access/policy';
import type { AnyRoute } from '../http/route';
import type { ScopeNamer } from '../access/scopeNames';

export type JobContext = { db: Db; config: Config; now: Date; log: (message: string) => void };
export type ModuleJob = { name: string; everyMinutes: number; run: (ctx: JobContext) => Promise<void> };

export type SeedContext = { db: Db; config: Config; log: (message: string) => void };

/** Everything a module plugs into the server, declared in one place (Decidim's component manifest). */
export type ModuleDefinition = {
  name: string;
  routes: AnyRoute[];
  permissions: Record<string, Permission>;
  /** Deterministic demo data; runs once, in module order, never on a production database. */
  seedDemo?: (ctx: SeedContext) => Promise<void>;
  /** Work repeated in the background (reminders); each run must be idempotent and safe to repeat. */
  jobs?: ModuleJob[];
  /** Names of the access scopes this module owns (districts, organisations). */
  scopeNamers?: { district?: ScopeNamer; organization?: ScopeNamer };
};

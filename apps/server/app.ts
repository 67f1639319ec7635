import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config';
import { migrateDatabase, openDatabase, type Database } from '../../platform/db/database';
import { buildServer } from '../../platform/http/server';
import { allModules } from './modules';
import { seedDemo } from './seedDemo';
import { startJobs } from '../../platform/jobs/scheduler';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webRoot = path.resolve(here, '../web/dist');

export type App = { server: FastifyInstance; database: Database; close: () => Promise<void> };

/** Opens the database, applies migrations, seeds the demo when asked, and mounts every module. */
export async function createApp(config: Config, options: { database?: Database; log?: (m: string) => void } = {}): Promise<App> {
  const database = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrateDatabase(database);
  const modules = allModules();
  if (config.demoData) await seedDemo({ db: database.db, config, log: options.log ?? (() => {}) }, modules);
  const server = await buildServer({ config, db: database.db, modules, webRoot, version: '0.1.0' });
  const stopJobs = config.jobs ? startJobs({ db: database.db, config, modules, log: options.log ?? ((m) => server.log.info(m)) }) : () => {};
  return {
    server,
    database,
    close: async () => {
      stopJobs();
      await server.close();
      if (!options.database) await database.close();
    },
  };
}

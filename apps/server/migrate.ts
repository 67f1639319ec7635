import { loadConfig } from '../../platform/config/config';
import { migrateDatabase, openDatabase } from '../../platform/db/database';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateDatabase(database);
console.log(`Migrations applied (${database.kind}).`);
await database.close();

import { loadConfig } from '../../platform/config/config';
import { openDatabase } from '../../platform/db/database';
import { verifyAuditChain } from '../../platform/audit/audit';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const result = await verifyAuditChain(database.db);
await database.close();
if (result.ok) {
  console.log(`Audit log intact: ${result.entries} entries verified.`);
} else {
  console.error(`Audit log BROKEN at entry ${result.brokenAt}: ${result.problem} (${result.entries} entries verified before it).`);
  process.exit(2);
}

import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from '../../platform/config/config';
import { createApp } from './app';
import { demoUsers, DEMO_PASSWORD } from '../../modules/organizations/module';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const app = await createApp(config, { log: (m) => console.log(`  ${m}`) });
  await app.server.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(`\nCrocevia is ready at ${url} (${app.database.kind}, ${Math.round(performance.now() - started)} ms)`);
  if (config.demoData) {
    console.log(`\nDEMO DATA — sign in with password "${DEMO_PASSWORD}" as:`);
    for (const u of demoUsers) console.log(`  ${u.role.padEnd(22)} ${u.email}`);
  }
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

// `npm run gen:module NAME`: a new module in the common shape (Decidim's generator), ready to register.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleFiles } from './moduleTemplate';

export function generateModule(root: string, name: string): string[] {
  if (!/^[a-z][a-zA-Z]{2,30}$/.test(name)) throw new Error(`Module name "${name}" must be camelCase letters, e.g. "casework".`);
  const dir = path.join(root, 'modules', name);
  if (fs.existsSync(dir)) throw new Error(`modules/${name} already exists.`);
  const written: string[] = [];
  for (const [rel, content] of Object.entries(moduleFiles(name))) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    written.push(path.relative(root, file));
  }
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const name = process.argv[2];
  if (!name) {
    console.error('Usage: npm run gen:module NAME');
    process.exit(2);
  }
  try {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    for (const f of generateModule(root, name)) console.log(`  created ${f}`);
    console.log(`\nNext: add ${name}Module to apps/server/modules.ts, ${name}Web to apps/web/src/modules.ts, then "npm run db:generate" after editing server/schema.ts.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

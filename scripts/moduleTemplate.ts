/** The files of a new module, in the shape every module shares (see docs/ARCHITECTURE.md). */
export function moduleFiles(name: string): Record<string, string> {
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const table = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return {
    'module.ts': `import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';
import { ${name}Permissions } from './server/access';
import { ${name}Routes } from './server/routes';
import { seed${Name}Demo } from './server/seeds';

export const ${name}Module: ModuleDefinition = {
  name: '${name}',
  permissions: ${name}Permissions,
  routes: ${name}Routes,
  seedDemo: seed${Name}Demo,
};
`,
    'contract.ts': `import { z } from 'zod';

export const ${name}ItemSchema = z.object({ id: z.uuid(), name: z.string() });
`,
    'server/schema.ts': `import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ${name}Items = pgTable('${table}_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
`,
    'server/access.ts': `import { definePermissions } from '../../../platform/access/policy';

export const ${name}Permissions = definePermissions({
  '${name}.read': { roles: ['platform_admin'], description: 'See ${name}' },
});
`,
    'server/routes.ts': `import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../../platform/http/route';
import { ${name}ItemSchema } from '../contract';
import { ${name}Permissions as P } from './access';
import { ${name}Items } from './schema';

export const ${name}Routes = [
  defineRoute({
    method: 'GET',
    url: '/api/${name}/items',
    access: P['${name}.read'],
    summary: 'List ${name} items',
    response: z.array(${name}ItemSchema),
    handler: async ({ db }) => db.select({ id: ${name}Items.id, name: ${name}Items.name }).from(${name}Items).orderBy(asc(${name}Items.name)),
  }),
];
`,
    'server/seeds.ts': `import type { SeedContext } from '../../../platform/modules/moduleDefinition';

/** Deterministic demo data for ${name}; runs after the modules it depends on. */
export async function seed${Name}Demo(_ctx: SeedContext): Promise<void> {}
`,
    'server/commands/README.md': `One file per command, named verb-noun (openCase.ts): one transaction, its audit entry, its event.\n`,
    'server/queries/README.md': `Read-side functions: listX, loadX, presentX.\n`,
    'web/index.tsx': `import type { WebModule } from '../../../platform/web/webModule';
import it from '../locales/it.json';
import en from '../locales/en.json';

export const ${name}Web: WebModule = {
  name: '${name}',
  navigation: [],
  routes: [],
  locales: { it, en },
};
`,
    'locales/it.json': `{\n  "nav": { "title": "${Name}" }\n}\n`,
    'locales/en.json': `{\n  "nav": { "title": "${Name}" }\n}\n`,
    'README.md': `# ${name}\n\nWhat this module owns, its public entry (module.ts exports) and the events it publishes.\n`,
  };
}

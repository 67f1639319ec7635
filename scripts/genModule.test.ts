import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateModule } from './genModule';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});
const tempRoot = () => {
  const r = fs.mkdtempSync(path.join(os.tmpdir(), 'crocevia-gen-'));
  roots.push(r);
  return r;
};

describe('gen:module', () => {
  it('creates a module in the common shape with the name substituted everywhere', () => {
    const root = tempRoot();
    const files = generateModule(root, 'casework');
    for (const f of ['module.ts', 'contract.ts', 'server/schema.ts', 'server/access.ts', 'server/routes.ts', 'server/seeds.ts', 'web/index.tsx', 'locales/it.json', 'locales/en.json', 'README.md']) {
      expect(files).toContain(path.join('modules', 'casework', f));
    }
    const moduleTs = fs.readFileSync(path.join(root, 'modules/casework/module.ts'), 'utf8');
    expect(moduleTs).toContain('export const caseworkModule: ModuleDefinition');
    expect(fs.readFileSync(path.join(root, 'modules/casework/server/schema.ts'), 'utf8')).toContain("pgTable('casework_items'");
    expect(JSON.parse(fs.readFileSync(path.join(root, 'modules/casework/locales/it.json'), 'utf8')).nav.title).toBe('Casework');
  });

  it('prefixes tables with the module name in snake case', () => {
    const root = tempRoot();
    generateModule(root, 'linkageRuns');
    expect(fs.readFileSync(path.join(root, 'modules/linkageRuns/server/schema.ts'), 'utf8')).toContain("pgTable('linkage_runs_items'");
  });

  it('refuses a bad name or an existing module and writes nothing', () => {
    const root = tempRoot();
    expect(() => generateModule(root, 'Bad-Name')).toThrow(/camelCase/);
    expect(fs.existsSync(path.join(root, 'modules'))).toBe(false);
    generateModule(root, 'surveys');
    expect(() => generateModule(root, 'surveys')).toThrow(/already exists/);
  });
});

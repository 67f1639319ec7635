import type { ModuleDefinition, SeedContext } from '../../platform/modules/moduleDefinition';

export class ProductionSeedError extends Error {}

/** Demo data never goes into a production database. */
export async function seedDemo(ctx: SeedContext, modules: ModuleDefinition[]): Promise<void> {
  if (ctx.config.env === 'production') throw new ProductionSeedError('Refusing to load demo data with NODE_ENV=production: set DEMO_DATA=false.');
  for (const m of modules) if (m.seedDemo) await m.seedDemo(ctx);
}

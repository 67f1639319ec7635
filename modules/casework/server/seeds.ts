import type { SeedContext } from '../../../platform/modules/moduleDefinition';

/** Deterministic demo data for casework; runs after the modules it depends on. */
export async function seedCaseworkDemo(_ctx: SeedContext): Promise<void> {}

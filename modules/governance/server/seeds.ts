import type { SeedContext } from '../../../platform/modules/moduleDefinition';

/** Deterministic demo data for governance; runs after the modules it depends on. */
export async function seedGovernanceDemo(_ctx: SeedContext): Promise<void> {}

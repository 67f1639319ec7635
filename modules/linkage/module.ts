import type { ModuleDefinition } from '../../platform/modules/moduleDefinition';

/** No routes yet: linkage is, for now, the matching library casework's duplicate check and search use. */
export const linkageModule: ModuleDefinition = {
  name: 'linkage',
  permissions: {},
  routes: [],
};

// The public entry: tolerant person matching (names across transliterations, partial birth dates, tax codes).
export * from './server/matching/index';

// Measuring match quality on real transliteration variants: the quality tests and the benchmarks draw their samples with these.
export * as linkageQuality from './server/matching/quality/nameVariants';

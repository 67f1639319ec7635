import { z } from 'zod';

// The lists below are the one source of the module's vocabularies: they validate requests and type columns.
export const sexes = ['F', 'M', 'X'] as const;
export const needAreas = ['housing', 'work', 'income', 'health', 'education', 'violence', 'legal_status', 'language', 'parenting'] as const;
export const caseStatuses = ['intake', 'assessment', 'plan', 'active', 'closed'] as const;
export const protectionLevels = ['ordinary', 'restricted'] as const;
export const closureOutcomes = ['autonomy_reached', 'transferred', 'dropped_out', 'moved_away', 'other'] as const;
export const caseRoles = ['lead', 'participant'] as const;
/** Parts of a case record a referral can share. The lead service sees them all. */
export const sections = ['identity', 'contacts', 'legal_status', 'household', 'needs', 'plan', 'notes', 'health'] as const;
export const noteSections = ['notes', 'health'] as const;
export const basisKinds = ['consent', 'legal_obligation', 'vital_interest', 'public_task', 'court_order'] as const;
export const referralStatuses = ['pending', 'accepted', 'declined', 'revoked'] as const;
export const permitTypes = [
  'asylum_application',
  'international_protection',
  'special_protection',
  'family',
  'work',
  'study',
  'eu_long_term',
  'minor_age',
  'other',
] as const;
export const taxCodeChecks = ['absent', 'consistent', 'inconsistent', 'provisional'] as const;
export const relationships = ['head', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'other_relative', 'other'] as const;
export const assessmentKinds = ['preliminary', 'multidimensional'] as const;
export const goalStatuses = ['open', 'achieved', 'not_achieved', 'dropped'] as const;
export const interventionKinds = ['mediation', 'psychosocial', 'socio_educational', 'ethnoclinical_consultation', 'housing_placement', 'orientation'] as const;
export const interventionStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const mediationStatuses = ['requested', 'assigned', 'done', 'cancelled'] as const;

export const sexSchema = z.enum(sexes);
export const needAreaSchema = z.enum(needAreas);
export const caseStatusSchema = z.enum(caseStatuses);
export const protectionSchema = z.enum(protectionLevels);
export const sectionSchema = z.enum(sections);
export const basisSchema = z.enum(basisKinds);
export const referralStatusSchema = z.enum(referralStatuses);
export const closureOutcomeSchema = z.enum(closureOutcomes);
export const interventionKindSchema = z.enum(interventionKinds);

/** What the caller may see and do on one case; presented with every case so the web never re-derives it. */
export const caseAccessSchema = z.object({
  /** 'full': everything in `sections`; 'placeholder': a restricted case seen by someone not named on it. */
  level: z.enum(['full', 'placeholder']),
  sections: z.array(sectionSchema),
  isLead: z.boolean(),
  isNamedWorker: z.boolean(),
  emergency: z.boolean(),
  can: z.object({
    update: z.boolean(),
    refer: z.boolean(),
    addNote: z.boolean(),
    plan: z.boolean(),
    close: z.boolean(),
    manageWorkers: z.boolean(),
    emergencyAccess: z.boolean(),
  }),
});
export type CaseAccess = z.infer<typeof caseAccessSchema>;

import { z } from 'zod';

// The rights of the person (GDPR arts. 15 and 17) and the retention rule.

export const eraseModes = ['pseudonymise', 'erase'] as const;

export const eraseBody = z.object({
  /** pseudonymise: identifying fields go, the record stays for statistics; erase: documents, memberships and keys go too (no open case allowed). */
  mode: z.enum(eraseModes),
  reason: z.string().trim().min(10, { message: 'validation.erase_reason' }).max(2000),
});
export type EraseBody = z.infer<typeof eraseBody>;

const count = z.number().int().nonnegative();

export const eraseResponse = z.object({
  personId: z.uuid(),
  mode: z.enum(eraseModes),
  pseudonym: z.string(),
  pseudonymisedAt: z.string(),
  /** What was removed or blanked. */
  removed: z.object({
    documents: count,
    householdMemberships: count,
    searchKeys: count,
    textsBlanked: count,
    mergedRecords: count,
  }),
  /**
   * What stays and why: consent terms are legal evidence of what was allowed (and the database refuses
   * to edit them); cases and the pseudonymised person row stay so that aggregate statistics still add up.
   */
  kept: z.object({ consents: count, cases: count }),
});
export type EraseResponse = z.infer<typeof eraseResponse>;

export const retentionRunBody = z.object({ dryRun: z.boolean().default(true) });

/** Counts only: the retention run never names anyone. */
export const retentionRunResponse = z.object({
  dryRun: z.boolean(),
  years: z.number().int(),
  /** Cases closed before this date count as expired. */
  closedBefore: z.string(),
  candidates: count,
  pseudonymised: count,
});
export type RetentionRunResponse = z.infer<typeof retentionRunResponse>;

// The access-request export: loose on purpose, since it carries every field the module holds.
const anyRecord = z.record(z.string(), z.unknown());

export const personExportSchema = z.object({
  generatedAt: z.string(),
  generatedBy: z.object({ userId: z.uuid(), name: z.string(), email: z.string(), organizations: z.array(z.object({ id: z.uuid(), name: z.string() })) }),
  person: anyRecord,
  households: z.array(anyRecord),
  consents: z.array(anyRecord),
  lockouts: z.array(anyRecord),
  documents: z.array(anyRecord),
  cases: z.array(anyRecord),
  /** Restricted cases the caller's service takes part in without being named on them: only named workers can answer for their contents. */
  restrictedCases: z.array(z.object({ reference: z.string(), status: z.string(), openedOn: z.string() })),
  /** Cases held by other services of the network, each its own data controller: counted, never shown. */
  otherControllers: z.object({ cases: count, note: z.string() }),
});
export type PersonExport = z.infer<typeof personExportSchema>;

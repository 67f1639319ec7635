import { z } from 'zod';

/** How the aggregates are broken down. */
export const factDimensions = ['month', 'municipality', 'need', 'citizenship', 'intervention', 'outcome', 'language'] as const;
export type FactDimension = (typeof factDimensions)[number];

/** Citizenship groups: the only form in which nationality leaves the module. */
export const citizenshipGroups = ['eu', 'europe_non_eu', 'africa', 'asia', 'americas', 'oceania', 'stateless_unknown'] as const;

export const factMeasures = [
  'casesOpened',
  'casesClosed',
  'referralsSent',
  'referralsAccepted',
  'referralsDeclined',
  'referralWaitDaysMedian',
  'mediationHours',
  'mediationsDone',
  'interventions',
] as const;
export type FactMeasure = (typeof factMeasures)[number];

/** Longest period one request may cover, so a month breakdown stays a table rather than a dump. */
export const MAX_FACT_YEARS = 20;

const isoDate = z.iso.date({ message: 'validation.iso_date' });

export const factsQuerySchema = z
  .object({
    districtId: z.uuid().optional(),
    from: isoDate,
    to: isoDate,
    by: z.enum(factDimensions).default('month'),
  })
  .refine((q) => q.from <= q.to, { message: 'validation.date_range', path: ['to'] })
  .refine((q) => Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) <= MAX_FACT_YEARS, { message: 'validation.facts_period_too_long', path: ['from'] });
export type FactsQuery = z.infer<typeof factsQuerySchema>;

/** A published cell: null with suppressed=true when withheld for disclosure control; null alone means no data. */
export const factCellSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

export const factsResponseSchema = z.object({
  threshold: z.number().int(),
  by: z.enum(factDimensions),
  /** The period counted: the requested one widened to whole calendar months. */
  from: z.string(),
  to: z.string(),
  districtId: z.uuid().nullable(),
  /** The measures this breakdown carries, in order. */
  measures: z.array(z.enum(factMeasures)),
  rows: z.array(z.object({ key: z.string(), values: z.record(z.string(), factCellSchema) })),
  totals: z.record(z.string(), factCellSchema),
});
export type FactsResponse = z.infer<typeof factsResponseSchema>;

import { z } from 'zod';
import { isoDate } from './vocabulary';

// Request and response shapes of the network graph routes (see README.md "API").


/** membership: seated at the same table; coattendance: present together at meetings; agreement: parties of one agreement; referral: directed counts. */
export const networkEdgeKinds = ['membership', 'coattendance', 'agreement', 'referral'] as const;
export const networkEdgeKindSchema = z.enum(networkEdgeKinds);
export const networkSectors = ['public', 'third_sector', 'private'] as const;
export const networkMetricsSteps = ['month', 'quarter', 'year'] as const;

export const networkGraphQuery = z.object({ at: isoDate.optional() });

export const networkMetricsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  step: z.enum(networkMetricsSteps).default('quarter'),
});

/** The whole-network figures (per-organisation degree and betweenness travel with the graph's nodes). */
export const networkMetricsSummarySchema = z.object({
  organizations: z.number().int(),
  ties: z.number().int(),
  density: z.number(),
  averageDegree: z.number(),
  referralReciprocity: z.number().nullable(),
  thirdSectorShare: z.number().nullable(),
});

export const networkGraphNodeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  sector: z.enum(networkSectors),
  kind: z.string(),
  degree: z.number().int(),
  betweenness: z.number(),
});

export const networkGraphEdgeSchema = z.object({
  source: z.uuid(),
  target: z.uuid(),
  kind: networkEdgeKindSchema,
  weight: z.number(),
  /** Only referrals have a direction (source referred people to target). */
  directed: z.boolean(),
});

export const networkGraphScopeSchema = z.object({ kind: z.enum(['network', 'district']), id: z.uuid(), name: z.string() });

export const networkGraphSchema = z.object({
  scope: networkGraphScopeSchema,
  at: z.string(),
  nodes: z.array(networkGraphNodeSchema),
  edges: z.array(networkGraphEdgeSchema),
  metrics: networkMetricsSummarySchema,
});

export const networkMetricsPointSchema = z.object({ at: z.string(), metrics: networkMetricsSummarySchema });

export const networkMetricsChangeSchema = z.object({
  organizations: z.number().int(),
  ties: z.number().int(),
  density: z.number(),
  referralReciprocity: z.number().nullable(),
  thirdSectorShare: z.number().nullable(),
  degree: z.record(z.string(), z.number()),
  betweenness: z.record(z.string(), z.number()),
  joined: z.array(z.string()),
  left: z.array(z.string()),
});

export const networkMetricsSeriesSchema = z.object({
  scope: networkGraphScopeSchema,
  step: z.enum(networkMetricsSteps),
  points: z.array(networkMetricsPointSchema),
  /** Last point − first point; null with fewer than two points. */
  change: networkMetricsChangeSchema.nullable(),
});

export type NetworkEdgeKind = z.infer<typeof networkEdgeKindSchema>;
export type NetworkGraphResponse = z.infer<typeof networkGraphSchema>;
export type NetworkMetricsSummary = z.infer<typeof networkMetricsSummarySchema>;
export type NetworkMetricsSeries = z.infer<typeof networkMetricsSeriesSchema>;

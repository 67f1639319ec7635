import type { Actor } from '../../../platform/access/roles';
import type { Db } from '../../../platform/db/database';

/**
 * The extension point this module owns. Governance never reads other modules' data itself: the app hands
 * it providers (apps/server/governanceExtensions.ts), so casework, training or the plan can fill the steering
 * dashboard and the network graph without governance depending on them.
 */

/** Referrals sent from one organisation's services to another's in a period. */
export type ReferralTie = { fromOrganizationId: string; toOrganizationId: string; count: number };
export type ReferralTieSource = (db: Db, period: { from: string; to: string }) => Promise<ReferralTie[]>;

/** One figure on a steering dashboard slot; null value = suppressed (below the disclosure threshold) or unknown. */
export type SteeringFigure = { key: string; label: { it: string; en: string }; value: number | null; suppressed?: boolean; href?: string };

export type SteeringSlot = {
  id: string;
  title: { it: string; en: string };
  /** Figures for the district; null when the actor may not see this slot or there is nothing to show. */
  load: (db: Db, input: { districtId: string; actor: Actor; today: string; disclosureThreshold: number }) => Promise<SteeringFigure[] | null>;
};

export type GovernanceExtensions = { referralTies?: ReferralTieSource; steeringSlots?: SteeringSlot[] };

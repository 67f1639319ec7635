import { can } from '../../platform/access/policy';
import { caseworkFacts, caseworkModule, referralTies } from '../../modules/casework/module';
import type { GovernanceExtensions, SteeringFigure, SteeringSlot } from '../../modules/governance/module';

/**
 * What other modules offer governance (its extension point, modules/governance/server/extensions.ts):
 * casework's referral counts for the network graph and its figures for the steering dashboard. Training
 * progress and plan indicators have no module yet; they will add their slots here.
 */

type Measure = 'casesOpened' | 'casesClosed' | 'referralsSent' | 'referralsAccepted' | 'mediationHours';
const FIGURES: { key: Measure; label: SteeringFigure['label'] }[] = [
  { key: 'casesOpened', label: { it: 'Casi aperti nel trimestre', en: 'Cases opened this quarter' } },
  { key: 'casesClosed', label: { it: 'Casi chiusi nel trimestre', en: 'Cases closed this quarter' } },
  { key: 'referralsSent', label: { it: 'Invii tra servizi nel trimestre', en: 'Referrals sent this quarter' } },
  { key: 'referralsAccepted', label: { it: 'Invii accolti nel trimestre', en: 'Referrals accepted this quarter' } },
  { key: 'mediationHours', label: { it: 'Ore di mediazione nel trimestre', en: 'Mediation hours this quarter' } },
];

const quarterStart = (today: string) => {
  const m = Number(today.slice(5, 7));
  return `${today.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
};

/** Casework's aggregates for the district this quarter, small counts withheld by caseworkFacts' disclosure control. */
export function caseworkSlot(): SteeringSlot {
  return {
    id: 'casework',
    title: { it: 'Presa in carico e invii', en: 'Casework and referrals' },
    load: async (db, { districtId, actor, today, disclosureThreshold }) => {
      if (!can(actor, caseworkModule.permissions['casework.facts.read']!, { districtIds: [districtId] })) return null;
      const facts = await caseworkFacts(db, { districtId, from: quarterStart(today), to: today, by: 'month' }, disclosureThreshold);
      return FIGURES.map(({ key, label }) => {
        const cell = facts.totals[key];
        return { key, label, value: cell?.value ?? null, suppressed: cell?.suppressed ?? false, href: '/casework/facts' };
      });
    },
  };
}

export function governanceExtensions(): GovernanceExtensions {
  return { referralTies, steeringSlots: [caseworkSlot()] };
}

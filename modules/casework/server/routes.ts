import { personRoutes } from './personRoutes';
import { caseRoutes } from './caseRoutes';
import { referralRoutes } from './referralRoutes';
import { consentRoutes } from './consentRoutes';
import { planRoutes } from './planRoutes';
import { resourceRoutes } from './resourceRoutes';
import { rightsRoutes } from './rightsRoutes';
import { factsRoutes } from './factsRoutes';

/** Every casework route; each file holds one part of the record (persons, cases, referrals, ...). */
export const caseworkRoutes = [
  ...personRoutes,
  ...caseRoutes,
  ...referralRoutes,
  ...consentRoutes,
  ...planRoutes,
  ...resourceRoutes,
  ...rightsRoutes,
  ...factsRoutes,
];

import { lazyPage, type WebModule } from '../../../platform/web';
import it from '../locales/it.json';
import en from '../locales/en.json';
import casesIt from '../locales/cases.it.json';
import casesEn from '../locales/cases.en.json';

const READ = 'casework.cases.read';

export const caseworkWeb: WebModule = {
  name: 'casework',
  // Person-side texts (it.json) and case-side texts (cases.*.json) share the one 'casework' namespace.
  locales: { it: { ...it, ...casesIt }, en: { ...en, ...casesEn } },
  navigation: [
    { path: '/casework', labelKey: 'casework:nav.title', permission: READ, icon: 'it-folder' },
    // Coordinators and analysts never see people: they reach the aggregates and the shared resources directly.
    { path: '/casework/facts', labelKey: 'casework:nav.facts', permission: 'casework.facts.read', icon: 'it-chart-line' },
    { path: '/casework/resources', labelKey: 'casework:nav.resources', permission: 'casework.resources.read', icon: 'it-user' },
  ],
  routes: [
    // Cases, referrals, mediations and facts (pages/cases, referrals, plan, facts).
    { path: '/casework', permission: READ, element: lazyPage(() => import('./pages/cases/CaseworkHomePage'), 'CaseworkHomePage') },
    { path: '/casework/cases/new', permission: 'casework.cases.write', element: lazyPage(() => import('./pages/cases/CaseOpenPage'), 'CaseOpenPage') },
    { path: '/casework/cases/:id', permission: READ, element: lazyPage(() => import('./pages/cases/CaseDetailPage'), 'CaseDetailPage') },
    { path: '/casework/referrals', permission: READ, element: lazyPage(() => import('./pages/referrals/ReferralsPage'), 'ReferralsPage') },
    { path: '/casework/mediations', permission: READ, element: lazyPage(() => import('./pages/plan/MediationCalendarPage'), 'MediationCalendarPage') },
    { path: '/casework/facts', permission: 'casework.facts.read', element: lazyPage(() => import('./pages/facts/FactsPage'), 'FactsPage') },
    // Persons, households and resources.
    { path: '/casework/persons', permission: READ, element: lazyPage(() => import('./pages/persons/PersonsPage'), 'PersonsPage') },
    { path: '/casework/persons/new', permission: 'casework.cases.write', element: lazyPage(() => import('./pages/persons/PersonRegisterPage'), 'PersonRegisterPage') },
    { path: '/casework/persons/:id', permission: READ, element: lazyPage(() => import('./pages/persons/PersonDetailPage'), 'PersonDetailPage') },
    { path: '/casework/persons/:id/edit', permission: 'casework.cases.write', element: lazyPage(() => import('./pages/persons/PersonEditPage'), 'PersonEditPage') },
    { path: '/casework/households/:id', permission: READ, element: lazyPage(() => import('./pages/persons/HouseholdPage'), 'HouseholdPage') },
    { path: '/casework/resources', permission: 'casework.resources.read', element: lazyPage(() => import('./pages/resources/ResourcesPage'), 'ResourcesPage') },
  ],
};

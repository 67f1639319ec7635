import type { WebModule } from '../../../platform/web';
import it from '../locales/it.json';
import en from '../locales/en.json';
import tablesIt from '../locales/tables.it.json';
import tablesEn from '../locales/tables.en.json';
import meetingsIt from '../locales/meetings.it.json';
import meetingsEn from '../locales/meetings.en.json';
import minutesIt from '../locales/minutes.it.json';
import minutesEn from '../locales/minutes.en.json';
import actionsIt from '../locales/actions.it.json';
import actionsEn from '../locales/actions.en.json';
import agreementsIt from '../locales/agreements.it.json';
import agreementsEn from '../locales/agreements.en.json';
import networkIt from '../locales/network.it.json';
import networkEn from '../locales/network.en.json';
import calendarIt from '../locales/calendar.it.json';
import calendarEn from '../locales/calendar.en.json';
import { tablesNavigation, tablesRoutes } from './tablesRoutes';
import { meetingsNavigation, meetingsRoutes } from './meetingsRoutes';
import { minutesNavigation, minutesRoutes } from './minutesRoutes';
import { actionsNavigation, actionsRoutes } from './actionsRoutes';
import { agreementsNavigation, agreementsRoutes } from './agreementsRoutes';
import { networkNavigation, networkRoutes } from './networkRoutes';
import { calendarNavigation, calendarRoutes } from './calendarRoutes';

// Every area's texts share the one 'governance' namespace; each area owns its own file of keys.
const merge = (...parts: object[]) => Object.assign({}, ...parts) as Record<string, unknown>;

export const governanceWeb: WebModule = {
  name: 'governance',
  locales: {
    it: merge(it, tablesIt, meetingsIt, minutesIt, actionsIt, agreementsIt, networkIt, calendarIt),
    en: merge(en, tablesEn, meetingsEn, minutesEn, actionsEn, agreementsEn, networkEn, calendarEn),
  },
  navigation: [...tablesNavigation, ...meetingsNavigation, ...minutesNavigation, ...actionsNavigation, ...agreementsNavigation, ...networkNavigation, ...calendarNavigation],
  routes: [...tablesRoutes, ...meetingsRoutes, ...minutesRoutes, ...actionsRoutes, ...agreementsRoutes, ...networkRoutes, ...calendarRoutes],
};

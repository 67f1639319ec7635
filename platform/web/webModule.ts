import type { ReactNode } from 'react';

/** One entry of the main navigation; shown only to users holding `permission` somewhere. */
export type NavigationEntry = {
  path: string;
  /** i18next key, namespaced by module: `territory:nav.municipalities`. */
  labelKey: string;
  permission: string;
  /** A bootstrap-italia sprite name, e.g. `it-map-marker`. */
  icon?: string;
};

export type WebRoute = {
  /** Absolute path, React Router syntax (`/territory/districts/:id`). */
  path: string;
  /** Built with `lazyPage` so every page is its own chunk. */
  element: ReactNode;
  /** Checked before rendering; the API still enforces it. */
  permission?: string;
};

/** A card the dashboard shows for the module (e.g. a count with a link). */
export type ModuleDashboardCard = { key: string; permission: string; element: ReactNode };

export type ModuleLocales = { it: Record<string, unknown>; en: Record<string, unknown> };

/** Everything a module plugs into the web shell, declared in `modules/<name>/web/index.tsx`. */
export type WebModule = {
  name: string;
  navigation: NavigationEntry[];
  routes: WebRoute[];
  /** Registered as the i18next namespace named after the module. */
  locales: ModuleLocales;
  dashboardCards?: ModuleDashboardCard[];
};

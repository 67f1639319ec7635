import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../platform/web';
import { plannedModules, webModules } from '../modules';

export type NavItem = { key: string; path: string; label: string; icon?: string };

/** Platform screens that no module owns. */
const platformEntries = [
  { key: 'users', path: '/users', labelKey: 'nav.users', permission: 'users.read', icon: 'it-user' },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', permission: 'audit.read', icon: 'it-files' },
];

/** The main navigation: what the user may open, then the modules still to come. */
export function useNavigation(): { items: NavItem[]; planned: { name: string; label: string }[] } {
  const { t } = useTranslation();
  const { can } = useSession();
  const items: NavItem[] = [{ key: 'home', path: '/', label: t('nav.home'), icon: 'it-pa' }];
  for (const m of webModules) {
    for (const entry of m.navigation) {
      if (can(entry.permission)) items.push({ key: `${m.name}:${entry.path}`, path: entry.path, label: t(entry.labelKey), icon: entry.icon });
    }
  }
  for (const e of platformEntries) {
    if (can(e.permission)) items.push({ key: e.key, path: e.path, label: t(e.labelKey), icon: e.icon });
  }
  return { items, planned: plannedModules.map((name) => ({ name, label: t(`modules.${name}.name`) })) };
}


import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePermission } from '../../../../platform/web';

/** The territory section's own sub-navigation (municipalities, districts, map, imports). */
export function TerritoryNav() {
  const { t } = useTranslation('territory');
  const canImport = usePermission('territory.import');
  const links = [
    { to: '/territory', label: t('nav.municipalities'), end: true },
    { to: '/territory/districts', label: t('nav.districts') },
    { to: '/territory/map', label: t('nav.map') },
    ...(canImport ? [{ to: '/territory/imports', label: t('nav.imports') }] : []),
  ];
  return (
    <nav aria-label={t('nav.section')} className="mb-4">
      <ul className="nav nav-tabs">
        {links.map((l) => (
          <li key={l.to} className="nav-item">
            <NavLink to={l.to} end={l.end} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

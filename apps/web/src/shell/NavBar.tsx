import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../platform/web';
import { useNavigation } from './navigation';
import { activeNavPath } from './activeNavPath';
import { useDisclosure } from './useDisclosure';

/** "Coming soon" modules: listed so people see what the platform will do, but not links. */
function PlannedMenu({ planned }: { planned: { name: string; label: string }[] }) {
  const { t } = useTranslation();
  const menu = useDisclosure<HTMLButtonElement, HTMLDivElement>();
  const id = useId();
  if (planned.length === 0) return null;
  return (
    <li className="nav-item dropdown">
      <button
        ref={menu.buttonRef}
        type="button"
        className="nav-link dropdown-toggle"
        aria-expanded={menu.open}
        aria-controls={id}
        onClick={menu.toggle}
      >
        <span>{t('nav.planned')}</span>
        <Icon name="it-expand" />
      </button>
      <div ref={menu.panelRef} id={id} className={`dropdown-menu planned-menu${menu.open ? ' show' : ''}`}>
        <div className="link-list-wrapper">
          <ul className="link-list">
            {planned.map((p) => (
              <li key={p.name}>
                <span className="list-item disabled planned-item" aria-disabled="true">
                  <span>{p.label}</span> <span className="badge bg-light text-dark ms-2">{t('nav.comingSoon')}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </li>
  );
}

/** Bootstrap Italia's navbar; below the lg breakpoint it becomes an off-canvas menu behind a hamburger button. */
export function NavBar() {
  const { t } = useTranslation();
  const { items, planned } = useNavigation();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const activePath = activeNavPath(items.map((i) => i.path), location.pathname);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A followed link closes the phone menu.
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="it-header-navbar-wrapper">
      <div className="container-xxl">
        <div className="row">
          <div className="col-12">
            <nav className="navbar navbar-expand-lg has-megamenu" aria-label={t('nav.main')}>
              <button
                ref={toggleRef}
                className="custom-navbar-toggler"
                type="button"
                aria-controls={panelId}
                aria-expanded={open}
                onClick={() => setOpen(true)}
              >
                <Icon name="it-burger" />
                <span className="visually-hidden">{t('nav.open')}</span>
              </button>
              <div id={panelId} className={`navbar-collapsable${open ? ' expanded' : ''}`} style={open ? { display: 'block' } : undefined}>
                {open && <div className="overlay fade show" style={{ display: 'block' }} onClick={close} aria-hidden="true" />}
                <div className="close-div">
                  <button ref={closeRef} className="btn close-menu" type="button" onClick={close}>
                    <span className="visually-hidden">{t('nav.close')}</span>
                    <Icon name="it-close-big" />
                  </button>
                </div>
                <div className="menu-wrapper">
                  <ul className="navbar-nav">
                    {items.map((item) => (
                      <li key={item.key} className="nav-item">
                        <Link to={item.path} className={`nav-link${item.path === activePath ? ' active' : ''}`} aria-current={item.path === activePath ? 'page' : undefined}>
                          <span>{item.label}</span>
                        </Link>
                      </li>
                    ))}
                    <PlannedMenu planned={planned} />
                  </ul>
                </div>
              </div>
            </nav>
          </div>
        </div>
      </div>
    </div>
  );
}

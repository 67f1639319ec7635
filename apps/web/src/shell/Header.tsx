import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../platform/web';
import { LanguageSwitch } from './LanguageSwitch';
import { NavBar } from './NavBar';
import { NotificationsBell } from './NotificationsBell';
import { ScopeSwitcher } from './ScopeSwitcher';
import { UserMenu } from './UserMenu';

/** Bootstrap Italia's three-part header: slim bar, centre bar with the app name, navigation bar. */
export function Header({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container-xxl">
          <div className="row">
            <div className="col-12">
              <div className="it-header-slim-wrapper-content">
                <span className="navbar-brand">{t('app.platformName')}</span>
                <div className="it-header-slim-right-zone gap-3">
                  {signedIn && (
                    <div className="d-none d-md-flex">
                      <ScopeSwitcher />
                    </div>
                  )}
                  <LanguageSwitch />
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container-xxl">
            <div className="row">
              <div className="col-12">
                <div className="it-header-center-content-wrapper">
                  <div className="it-brand-wrapper">
                    <Link to="/">
                      <Icon name="it-pa" className="d-none d-sm-inline-block" />
                      <div className="it-brand-text">
                        <div className="it-brand-title">{t('app.name')}</div>
                        <div className="it-brand-tagline d-none d-md-block">{t('app.tagline')}</div>
                      </div>
                    </Link>
                  </div>
                  {signedIn && (
                    <div className="it-right-zone">
                      <NotificationsBell />
                      <UserMenu />
                    </div>
                  )}
                </div>
              </div>
            </div>
          </div>
        </div>
        {signedIn && <NavBar />}
      </div>
      {signedIn && (
        // On phones the scope switcher leaves the slim bar (too narrow) and sits under the header.
        <div className="d-md-none scope-bar px-3 py-2">
          <ScopeSwitcher />
        </div>
      )}
    </header>
  );
}

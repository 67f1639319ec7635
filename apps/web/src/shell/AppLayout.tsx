import { Outlet } from 'react-router-dom';
import { Footer } from './Footer';
import { Header } from './Header';
import { MainContent } from './MainContent';
import { PasswordReminder } from './PasswordReminder';
import { SkipLinks } from './SkipLinks';

export function AppLayout({ signedIn }: { signedIn: boolean }) {
  return (
    <div className="d-flex flex-column min-vh-100">
      <SkipLinks />
      <Header signedIn={signedIn} />
      <MainContent>
        {signedIn && <PasswordReminder />}
        <Outlet />
      </MainContent>
      <Footer />
    </div>
  );
}

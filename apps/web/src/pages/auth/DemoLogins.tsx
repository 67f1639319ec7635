import { useTranslation } from 'react-i18next';

export const DEMO_PASSWORD = 'crocevia-demo-2026';
const DEMO_USERS = [
  { email: 'admin@demo.crocevia.it', roleKey: 'common:roles.platform_admin' },
  { email: 'coordinatore@demo.crocevia.it', roleKey: 'common:roles.district_coordinator' },
  { email: 'operatore@demo.crocevia.it', roleKey: 'common:roles.operator' },
];

/** Shown only when the server runs with demo data: the accounts to try, one click to fill the form. */
export function DemoLogins({ onPick }: { onPick: (email: string, password: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="callout note my-4" aria-labelledby="demo-title">
      <div className="callout-title">
        <h2 id="demo-title" className="h6 mb-0 text-uppercase">
          {t('login.demo.title')}
        </h2>
      </div>
      <p>{t('login.demo.text', { password: DEMO_PASSWORD })}</p>
      <ul className="list-unstyled mb-0">
        {DEMO_USERS.map((u) => (
          <li key={u.email} className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onPick(u.email, DEMO_PASSWORD)}>
              {t('login.demo.use', { role: t(u.roleKey) })}
            </button>
            <code className="text-dark">{u.email}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

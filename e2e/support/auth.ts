import { expect, type Page } from '@playwright/test';

/** The password of every demo account (README.md). */
export const DEMO_PASSWORD = 'crocevia-demo-2026';

/** Demo accounts loaded by the server's demo seed, with the names their dashboards greet. */
export const demoUsers = {
  admin: { email: 'admin@demo.crocevia.it', name: 'Anna Amministratrice' },
  coordinator: { email: 'coordinatore@demo.crocevia.it', name: 'Carlo Coordinatore' },
  orgAdmin: { email: 'amministratore.ente@demo.crocevia.it', name: 'Elena Referente' },
  operator: { email: 'operatore@demo.crocevia.it', name: 'Omar Operatore' },
  viewer: { email: 'lettore@demo.crocevia.it', name: 'Laura Lettrice' },
} as const;

export type Account = { email: string; name: string; password?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The dashboard's h1, whatever the hour ("Buongiorno" before 18:00, "Buonasera" after). */
export function greeting(name: string, language: 'it' | 'en' = 'it'): RegExp {
  return language === 'it' ? new RegExp(`^(Buongiorno|Buonasera), ${escape(name)}$`) : new RegExp(`^(Good morning|Good evening), ${escape(name)}$`);
}

/** The login form's fields and button, by their labels (Italian, the default language). */
export function loginForm(page: Page) {
  return {
    email: page.getByRole('textbox', { name: 'Email', exact: true }),
    password: page.getByRole('textbox', { name: 'Password', exact: true }),
    submit: page.getByRole('button', { name: 'Accedi', exact: true }),
  };
}

/** Fills and sends the login form, returning the API's answer (the page may then navigate). */
export async function submitLogin(page: Page, email: string, password: string) {
  const form = loginForm(page);
  await form.email.fill(email);
  await form.password.fill(password);
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST');
  await form.submit.click();
  return answer;
}

/**
 * Signs in through the login form, like a person would, and waits for the page it leads to:
 * the dashboard (greeting with the name) unless `landsOn` says otherwise (a `?next=` target).
 */
export async function signIn(page: Page, account: Account, options: { landsOn?: string | RegExp } = {}): Promise<void> {
  if (new URL(page.url(), 'http://x').pathname !== '/login') await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Accedi a Crocevia' })).toBeVisible();
  const answer = await submitLogin(page, account.email, account.password ?? DEMO_PASSWORD);
  expect(answer.status(), `sign-in of ${account.email}`).toBe(200);
  if (options.landsOn) {
    await expect(page).toHaveURL(options.landsOn);
  } else {
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: greeting(account.name) })).toBeVisible();
  }
}

/** Signs out through the user menu in the header (the button carries the person's name). */
export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(escape(name)) }).click();
  await page.getByRole('button', { name: 'Esci', exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status').filter({ hasText: 'Sei uscito da Crocevia.' })).toBeVisible();
}

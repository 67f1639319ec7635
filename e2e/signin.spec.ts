import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers, greeting, loginForm, signIn, signOut, submitLogin } from './support/auth';
import { screenshot, settled } from './support/page';

const admin = demoUsers.admin;

test.describe('sign-in', () => {
  test('the sign-in page shows the demo banner with the demo accounts', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi a Crocevia' })).toBeVisible();
    await expect(page).toHaveTitle('Accedi a Crocevia · Crocevia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');

    const banner = page.getByRole('region', { name: 'Ambiente dimostrativo' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(`la password è ${DEMO_PASSWORD}`);
    for (const role of ['Amministratore piattaforma', 'Coordinatore di ambito', 'Operatore']) {
      await expect(banner.getByRole('button', { name: `Usa l'account ${role}` })).toBeVisible();
    }
    await expect(banner.getByText(admin.email, { exact: true })).toBeVisible();

    // One click fills the form with the account and the demo password.
    await banner.getByRole('button', { name: "Usa l'account Operatore" }).click();
    const form = loginForm(page);
    await expect(form.email).toHaveValue(demoUsers.operator.email);
    await expect(form.password).toHaveValue(DEMO_PASSWORD);
    await settled(page);
    await screenshot(page, 'login');
  });

  test('a wrong password shows the server message in Italian', async ({ page }) => {
    await page.goto('/login');
    const answer = await submitLogin(page, admin.email, 'not-the-right-password');
    expect(answer.status()).toBe(401);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Email o password non corretti.');
    // Still on the sign-in page, nothing revealed about which of the two was wrong.
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi a Crocevia' })).toBeVisible();
    await screenshot(page, 'login-wrong-password');
  });

  test('in English, the sign-in page and the server message are in English', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('group', { name: 'Lingua' }).getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Crocevia' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Demo environment' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('still-not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Wrong email or password.');
  });

  test('an empty form is refused before anything is sent', async ({ page }) => {
    await page.goto('/login');
    let sent = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/auth/login') sent += 1;
    });
    await loginForm(page).submit.click();
    await expect(page.getByRole('alert')).toContainText('Alcuni dati non sono validi: controlla i campi indicati.');
    await expect(loginForm(page).email).toHaveAttribute('aria-invalid', 'true');
    await expect(loginForm(page).email).toHaveAccessibleDescription('Campo obbligatorio.');
    expect(sent).toBe(0);
  });

  test('the admin signs in, switches to English and back, signs out; protected pages then need a new sign-in', async ({ page }) => {
    await signIn(page, admin);
    await settled(page);
    await expect(page).toHaveTitle(greeting(`${admin.name} · Crocevia`));
    await expect(page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Bacheca' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'I tuoi ruoli' })).toBeVisible();
    await expect(page.getByText('Amministratore piattaforma — Tutta la piattaforma')).toBeVisible();
    await screenshot(page, 'dashboard');

    // English: every label changes, the choice is announced as pressed and the document language follows.
    const languages = page.getByRole('group', { name: 'Lingua' });
    await languages.getByRole('button', { name: 'EN' }).click();
    await expect(page.getByRole('heading', { level: 1, name: greeting(admin.name, 'en') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Dashboard', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Organisations' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Your roles' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    await settled(page);
    await screenshot(page, 'dashboard-en');

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: greeting(admin.name, 'en') })).toBeVisible();

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'IT' }).click();
    await expect(page.getByRole('heading', { level: 1, name: greeting(admin.name) })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');

    await signOut(page, admin.name);
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi a Crocevia' })).toBeVisible();

    // The session is gone: a protected page sends back to sign-in, remembering where the person was going.
    await page.goto('/organizations');
    await expect(page).toHaveURL(/\/login\?next=%2Forganizations$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Accedi a Crocevia' })).toBeVisible();
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);

    // Signing in again goes on to the page asked for.
    await signIn(page, admin, { landsOn: /\/organizations$/ });
    await expect(page.getByRole('heading', { level: 1, name: 'Enti' })).toBeVisible();
  });
});

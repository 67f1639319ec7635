import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn, type Account } from './support/auth';
import { expectAccessible, screenshot, settled } from './support/page';

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page the platform administrator can reach,
 * on the dashboards of other roles, and on a phone. A serious or critical violation fails the test.
 * The setup page is not reachable with demo data (there is already an administrator), so it is skipped.
 */

const DEMO_ORGANISATION = 'Cooperativa sociale Ponti';
const DISTRICT = 'Ambito di Treviglio (demo)';

/** Settles the page, optionally saves a screenshot, then runs axe on it. */
async function audit(page: Page, what: string, screenshotName?: string): Promise<void> {
  await settled(page);
  if (screenshotName) await screenshot(page, screenshotName);
  await expectAccessible(page, what);
}

async function openDemoOrganisation(page: Page): Promise<string> {
  await page.goto(`/organizations?q=${encodeURIComponent(DEMO_ORGANISATION)}`);
  await page.getByRole('table', { name: 'Elenco degli enti' }).getByRole('link', { name: DEMO_ORGANISATION }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORGANISATION })).toBeVisible();
  return page.url();
}

async function openDemoDistrict(page: Page): Promise<void> {
  await page.goto('/territory/districts');
  await page.getByRole('table', { name: 'Elenco degli ambiti' }).getByRole('link', { name: DISTRICT }).click();
  await expect(page.getByRole('heading', { level: 1, name: DISTRICT })).toBeVisible();
}

const mapCanvas = (page: Page) => page.getByRole('region', { name: "Mappa dei comuni dell'ambito" });

test.describe('accessibility: signed out', () => {
  test('login page', async ({ page }) => {
    await page.goto('/login');
    await audit(page, 'login');
  });

  test('login page with an error', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await audit(page, 'login with validation errors');
  });
});

test.describe('accessibility: platform administrator', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.admin);
  });

  test('dashboard', async ({ page }) => {
    await audit(page, 'dashboard (admin)');
  });

  test('header menus opened (user menu, more modules)', async ({ page }) => {
    await page.getByRole('button', { name: /Anna Amministratrice/ }).click();
    await expect(page.getByRole('button', { name: 'Esci', exact: true })).toBeVisible();
    await audit(page, 'dashboard with the user menu open');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Esci', exact: true })).toBeHidden();

    const planned = page.getByRole('button', { name: 'Altri moduli' });
    await planned.click();
    await expect(planned).toHaveAttribute('aria-expanded', 'true');
    await audit(page, 'dashboard with the "more modules" menu open');
  });

  test('users list', async ({ page }) => {
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Utenti' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Elenco degli utenti' }).getByRole('rowheader')).not.toHaveCount(0);
    await audit(page, 'users list', 'users-list');
  });

  test('user detail', async ({ page }) => {
    await page.goto('/users');
    await page.getByRole('table', { name: 'Elenco degli utenti' }).getByRole('link', { name: demoUsers.operator.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: demoUsers.operator.name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: "Gestione dell'account" })).toBeVisible();
    await audit(page, 'user detail', 'user-detail');
  });

  test('create user, empty and with errors', async ({ page }) => {
    await page.goto('/users/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo utente' })).toBeVisible();
    await audit(page, 'create user', 'user-create');
    await page.getByRole('button', { name: "Crea l'utente" }).click();
    await expect(page.getByRole('alert')).toContainText('Alcuni dati non sono validi');
    await audit(page, 'create user with validation errors');
  });

  test('audit log', async ({ page }) => {
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Registro attività' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Voci del registro attività, dalla più recente' })).toBeVisible();
    await page.getByRole('button', { name: 'Verifica integrità' }).click();
    await expect(page.getByText(/^Registro integro:/)).toBeVisible();
    await audit(page, 'audit log', 'audit-log');
  });

  test('territory: municipalities', async ({ page }) => {
    await page.goto('/territory');
    await expect(page.getByRole('table', { name: 'Elenco dei comuni' })).toBeVisible();
    await audit(page, 'territory municipalities');
  });

  test('territory: districts', async ({ page }) => {
    await page.goto('/territory/districts');
    await expect(page.getByRole('table', { name: 'Elenco degli ambiti' })).toBeVisible();
    await audit(page, 'territory districts');
  });

  test('territory: district detail', async ({ page }) => {
    await openDemoDistrict(page);
    await expect(mapCanvas(page)).toBeVisible();
    await audit(page, 'district detail');
  });

  test('territory: new district form, empty and with errors', async ({ page }) => {
    await page.goto('/territory/districts/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo ambito' })).toBeVisible();
    await audit(page, 'new district', 'district-new');
    await page.getByRole('button', { name: "Crea l'ambito" }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await audit(page, 'new district with validation errors');
  });

  test('territory: district edit form', async ({ page }) => {
    await openDemoDistrict(page);
    await page.getByRole('link', { name: "Modifica l'ambito" }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Modifica ${DISTRICT}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Codice' })).toHaveValue('DEMO-TREVIGLIO');
    await audit(page, 'district edit', 'district-edit');
  });

  test('territory: district composition editor and its confirmation', async ({ page }) => {
    await openDemoDistrict(page);
    await page.getByRole('button', { name: 'Cambia la composizione' }).click();
    const list = page.getByRole('group', { name: /^Comuni dell'ambito/ });
    await expect(list.getByRole('checkbox', { name: 'Arcene (016011)' })).toBeChecked();
    await audit(page, 'district composition editor', 'district-composition');
    await list.getByText('Arcene (016011)', { exact: true }).click();
    await page.getByRole('button', { name: 'Rivedi e salva' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confermi la nuova composizione?' });
    await expect(dialog.getByText('Esce 1 comune')).toBeVisible();
    await audit(page, 'district composition confirmation');
    // Nothing is saved.
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toBeHidden();
  });

  test('territory: district roles, user search and revoke confirmation', async ({ page }) => {
    await openDemoDistrict(page);
    const roles = page.getByRole('table', { name: `Persone con un ruolo su ${DISTRICT}` });
    await expect(roles.getByRole('rowheader', { name: 'Carlo Coordinatore' })).toBeVisible();
    const search = page.getByRole('search', { name: 'Ricerca utenti' });
    await search.getByRole('searchbox', { name: 'Cerca un utente per nome o email' }).fill('demo');
    await search.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Utente' }).getByRole('option')).not.toHaveCount(1);
    await audit(page, 'district roles with a user search');
    await page.getByRole('button', { name: 'Assegna il ruolo' }).click();
    await expect(page.getByText('Alcuni dati non sono validi')).toBeVisible();
    await audit(page, 'district roles form with errors');
    await roles.getByRole('button', { name: 'Revoca Carlo Coordinatore' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revocare il ruolo?' });
    await expect(dialog).toContainText('Carlo Coordinatore');
    await audit(page, 'district role revoke confirmation');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toBeHidden();
  });

  test('territory: map', async ({ page }) => {
    await page.goto('/territory/map');
    await expect(mapCanvas(page)).toBeVisible();
    await page.getByRole('button', { name: 'Mostra sulla mappa Caravaggio' }).click();
    await expect(page.getByText(/^Comune selezionato:/)).toBeVisible();
    await audit(page, 'map');
  });

  test('territory: imports, before and after checking a file', async ({ page }) => {
    await page.goto('/territory/imports');
    await expect(page.getByRole('heading', { level: 1, name: 'Importazioni' })).toBeVisible();
    await audit(page, 'imports', 'imports');

    const wizard = page.getByRole('region', { name: 'Elenco dei comuni ISTAT (CSV)' });
    await wizard.getByLabel('File da importare').setInputFiles({
      name: 'comuni.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Colonna sbagliata;Altra colonna\n1;2\n', 'utf8'),
    });
    const checked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/territory/imports/municipalities');
    await wizard.getByRole('button', { name: 'Verifica il file' }).click();
    await checked;
    await expect(wizard.getByRole('heading', { name: 'Esito della verifica' })).toBeVisible();
    await expect(wizard.getByText('Il file contiene righe non valide')).toBeVisible();
    await audit(page, 'imports with a validation report', 'imports-report');
  });

  test('organisations list', async ({ page }) => {
    await page.goto('/organizations');
    await expect(page.getByRole('table', { name: 'Elenco degli enti' }).getByRole('rowheader')).not.toHaveCount(0);
    await audit(page, 'organisations list');
  });

  test('organisation detail, each tab', async ({ page }) => {
    await openDemoOrganisation(page);
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    for (const [tab, what] of [
      [/^Servizi/, 'services'],
      [/^Sportelli/, 'help desks'],
      [/^Persone/, 'members'],
    ] as const) {
      await tabs.getByRole('tab', { name: tab }).click();
      await expect(tabs.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await audit(page, `organisation detail, ${what} tab`);
    }
  });

  test('organisation detail: archive confirmation dialog', async ({ page }) => {
    await openDemoOrganisation(page);
    await page.getByRole('button', { name: 'Archivia', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: "Archiviare l'ente?" });
    await expect(dialog).toBeVisible();
    // The dialog fades in: colours measured half-way through would be wrong.
    await expect(dialog).toHaveCSS('opacity', '1');
    await audit(page, 'archive confirmation dialog');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toBeHidden();
  });

  test('organisation detail: service and help desk edit forms, empty and with errors', async ({ page }) => {
    await openDemoOrganisation(page);
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    for (const [tab, item, formName, field] of [
      [/^Servizi/, 'Mediazione linguistico-culturale', 'Modifica il servizio', 'Nome del servizio'],
      [/^Sportelli/, 'Sportello Mediazione linguistico-culturale', 'Modifica lo sportello', 'Nome dello sportello'],
    ] as const) {
      await tabs.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel', { name: tab });
      await panel.getByRole('button', { name: `Modifica ${item}` }).click();
      const form = panel.getByRole('form', { name: `${formName} ${item}` });
      await expect(form.getByRole('textbox', { name: field })).toHaveValue(item);
      await audit(page, `${formName} (edit form)`);
      // Nothing is sent: the empty name is refused in the browser.
      await form.getByRole('textbox', { name: field }).fill('');
      await form.getByRole('button', { name: 'Salva', exact: true }).click();
      await expect(form.getByRole('alert')).toBeVisible();
      await audit(page, `${formName} (edit form with errors)`);
      await form.getByRole('button', { name: 'Annulla' }).click();
      await expect(form).toHaveCount(0);
    }
  });

  test('organisation detail: service and help desk remove dialogs', async ({ page }) => {
    await openDemoOrganisation(page);
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    for (const [tab, item, title] of [
      [/^Servizi/, 'Mediazione linguistico-culturale', 'Rimuovere il servizio?'],
      [/^Sportelli/, 'Sportello Mediazione linguistico-culturale', 'Rimuovere lo sportello?'],
    ] as const) {
      await tabs.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel', { name: tab }).getByRole('button', { name: `Rimuovi ${item}` }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(item);
      await expect(dialog).toHaveCSS('opacity', '1');
      await audit(page, `${title} (remove dialog)`);
      await dialog.getByRole('button', { name: 'Annulla' }).click();
      await expect(dialog).toBeHidden();
    }
  });

  test('organisation create form, empty and with errors', async ({ page }) => {
    await page.goto('/organizations/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo ente' })).toBeVisible();
    await audit(page, 'organisation create form', 'organisation-create');
    await page.getByRole('button', { name: "Registra l'ente" }).click();
    await expect(page.getByRole('alert')).toContainText('Alcuni dati non sono validi');
    await audit(page, 'organisation create form with validation errors');
  });

  test('organisation edit form', async ({ page }) => {
    const detail = await openDemoOrganisation(page);
    await page.getByRole('link', { name: 'Modifica' }).click();
    await expect(page).toHaveURL(`${detail}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: `Modifica ${DEMO_ORGANISATION}` })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Denominazione', exact: true })).toHaveValue(DEMO_ORGANISATION);
    await audit(page, 'organisation edit form', 'organisation-edit');
  });

  test('page not found', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeVisible();
    await audit(page, 'not found');
  });
});

test.describe('accessibility: keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.admin);
  });

  test('the skip link leads to the main content; after a navigation focus starts there', async ({ page }) => {
    await page.goto('/organizations');
    await expect(page.getByRole('heading', { level: 1, name: 'Enti' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // A link followed inside the application moves focus to the new page's content, and the title follows.
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Territorio' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Comuni' })).toBeVisible();
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveTitle('Comuni · Crocevia');
  });

  test('tabs follow the arrow keys; a dialog keeps focus inside and gives it back on Escape', async ({ page }) => {
    await openDemoOrganisation(page);
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    await tabs.getByRole('tab', { name: /^Servizi/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: /^Sportelli/ })).toBeFocused();
    await expect(tabs.getByRole('tab', { name: /^Sportelli/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/[?&]tab=help-desks/);
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: /^Persone/ })).toBeFocused();
    // The people panel loads its list on selection: let it settle, so the next key is not lost to a busy page.
    await expect(tabs.getByRole('tab', { name: /^Persone/ })).toHaveAttribute('aria-selected', 'true');
    await settled(page);
    await page.keyboard.press('ArrowRight'); // wraps around
    await expect(tabs.getByRole('tab', { name: /^Servizi/ })).toBeFocused();

    const archive = page.getByRole('button', { name: 'Archivia', exact: true });
    await archive.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: "Archiviare l'ente?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(DEMO_ORGANISATION);
    // Tabbing cycles through the dialog's three buttons and never leaves it.
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(archive).toBeFocused();
    // Nothing was archived.
    await expect(page.getByRole('heading', { level: 1, name: DEMO_ORGANISATION })).toBeVisible();
    await expect(archive).toBeVisible();
  });
});

test.describe('accessibility: other roles', () => {
  const roles: [string, Account][] = [
    ['viewer', demoUsers.viewer],
    ['operator', demoUsers.operator],
  ];
  for (const [role, account] of roles) {
    test(`dashboard as the ${role}`, async ({ page }) => {
      await signIn(page, account);
      await audit(page, `dashboard (${role})`, `dashboard-${role}`);
    });
  }

  test('a page the viewer may not open', async ({ page }) => {
    await signIn(page, demoUsers.viewer);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
    await audit(page, 'forbidden page (viewer)');
  });
});

test.describe('accessibility: phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  /** The hamburger opens the off-canvas navigation; Escape closes it and gives focus back. */
  async function checkNavigation(page: Page, what: string, follow: { link: string; url: RegExp }, screenshotName?: string) {
    const open = page.getByRole('button', { name: 'Apri il menu di navigazione' });
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    await expect(open).toBeVisible();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Enti', exact: true })).toBeHidden();

    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Enti', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Territorio' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chiudi il menu di navigazione' })).toBeFocused();
    await settled(page);
    if (screenshotName) await screenshot(page, screenshotName, { fullPage: false });
    await expectAccessible(page, `${what} with the navigation open`);

    await page.keyboard.press('Escape');
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(open).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Enti', exact: true })).toBeHidden();

    // A followed link closes the menu too.
    await open.click();
    await nav.getByRole('link', { name: follow.link, exact: true }).click();
    await expect(page).toHaveURL(follow.url);
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: follow.link, exact: true })).toBeHidden();
  }

  test('dashboard on a phone', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await audit(page, 'dashboard (phone)', 'phone-dashboard');
    await checkNavigation(page, 'dashboard (phone)', { link: 'Enti', url: /\/organizations$/ }, 'phone-navigation-open');
  });

  test('organisations list on a phone', async ({ page }) => {
    await signIn(page, demoUsers.admin);
    await page.goto('/organizations');
    await expect(page.getByRole('table', { name: 'Elenco degli enti' })).toBeVisible();
    await audit(page, 'organisations list (phone)', 'phone-organisations-list');
    await checkNavigation(page, 'organisations list (phone)', { link: 'Territorio', url: /\/territory$/ });
  });
});

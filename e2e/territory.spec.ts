import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from './support/auth';
import { screenshot, settled, uniqueSuffix } from './support/page';

const DISTRICT = 'Ambito di Treviglio (demo)';
/** The twelve municipalities of the demo district (ISTAT codes from the demo seed). */
const DEMO_MUNICIPALITIES: Record<string, string> = {
  Arcene: '016011',
  "Brignano Gera d'Adda": '016040',
  Calvenzano: '016047',
  "Canonica d'Adda": '016049',
  Caravaggio: '016053',
  "Casirate d'Adda": '016059',
  'Castel Rozzone': '016063',
  "Fara Gera d'Adda": '016096',
  Lurano: '016129',
  "Misano di Gera d'Adda": '016135',
  'Pontirolo Nuovo': '016172',
  Treviglio: '016219',
};
const NAMES = Object.keys(DEMO_MUNICIPALITIES).sort((a, b) => a.localeCompare(b, 'it'));

const territoryNav = (page: Page) => page.getByRole('navigation', { name: 'Sezioni del territorio' });

test.describe('territory', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoUsers.admin);
  });

  test('the municipalities list shows the 12 demo municipalities, with search and filters', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Territorio' }).click();
    await expect(page).toHaveURL(/\/territory$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Comuni' })).toBeVisible();
    await expect(territoryNav(page).getByRole('link', { name: 'Comuni' })).toHaveAttribute('aria-current', 'page');

    const table = page.getByRole('table', { name: 'Elenco dei comuni' });
    await expect(table.getByRole('rowheader')).toHaveText(NAMES);
    await expect(page.getByText('Elementi 1–12 di 12')).toBeVisible();
    // Twelve fit on one page (25 a page): no pager.
    await expect(page.getByRole('navigation', { name: 'Paginazione' })).toHaveCount(0);
    const treviglio = table.getByRole('row', { name: /Treviglio/ });
    await expect(treviglio.getByRole('cell', { name: '016219' })).toBeVisible();
    await expect(treviglio.getByRole('cell', { name: 'Bergamo' })).toBeVisible();
    await expect(treviglio.getByRole('cell', { name: 'L400' })).toBeVisible();
    await settled(page);
    await screenshot(page, 'territory-municipalities');

    // Search by name: the filter goes into the address, so Back and shared links keep it.
    const search = page.getByRole('search', { name: 'Ricerca comuni' });
    await search.getByRole('searchbox', { name: 'Cerca per nome o codice ISTAT' }).fill('Treviglio');
    await search.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=Treviglio/);
    await expect(table.getByRole('rowheader')).toHaveText(['Treviglio']);
    await expect(page.getByText('Elementi 1–1 di 1')).toBeVisible();
    await settled(page);
    await screenshot(page, 'territory-municipalities-search');

    // Search by ISTAT code.
    await search.getByRole('searchbox', { name: 'Cerca per nome o codice ISTAT' }).fill('016053');
    await search.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect(table.getByRole('rowheader')).toHaveText(['Caravaggio']);

    // Nothing found: an empty state, not an empty table.
    await search.getByRole('searchbox', { name: 'Cerca per nome o codice ISTAT' }).fill('Zzyzx');
    await search.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect(page.getByText('Nessun comune corrisponde alla ricerca.')).toBeVisible();
    await expect(table).toHaveCount(0);

    // Back to the previous search.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]q=016053/);
    await expect(page.getByRole('table', { name: 'Elenco dei comuni' }).getByRole('rowheader')).toHaveText(['Caravaggio']);

    // Province and district filters.
    await page.goto('/territory');
    await page.getByRole('combobox', { name: 'Provincia' }).selectOption({ label: 'Bergamo (BG)' });
    await expect(page).toHaveURL(/provinceCode=016/);
    await expect(page.getByText('Elementi 1–12 di 12')).toBeVisible();
    await page.getByRole('combobox', { name: 'Ambito' }).selectOption({ label: DISTRICT });
    await expect(page.getByRole('textbox', { name: 'Composizione alla data' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Elenco dei comuni' }).getByRole('rowheader')).toHaveCount(12);
    // Before the district existed (memberships start on 1 January 2018) it had no municipalities.
    await page.getByRole('textbox', { name: 'Composizione alla data' }).fill('2017-06-30');
    await expect(page.getByText('Nessun comune corrisponde alla ricerca.')).toBeVisible();
  });

  test('the district detail lists its 12 municipalities and their history', async ({ page }) => {
    await page.goto('/territory');
    await territoryNav(page).getByRole('link', { name: 'Ambiti' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ambiti' })).toBeVisible();
    const districts = page.getByRole('table', { name: 'Elenco degli ambiti' });
    const row = districts.getByRole('row', { name: new RegExp(DISTRICT.replace(/[()]/g, '\\$&')) });
    await expect(row.getByRole('cell', { name: 'DEMO-TREVIGLIO' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Ambito territoriale sociale' })).toBeVisible();
    await expect(row.getByRole('cell', { name: '12', exact: true })).toBeVisible();
    await settled(page);
    await screenshot(page, 'districts');

    await row.getByRole('link', { name: DISTRICT }).click();
    await expect(page).toHaveURL(/\/territory\/districts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: DISTRICT })).toBeVisible();
    await expect(page.getByText('Ambito territoriale sociale · Codice DEMO-TREVIGLIO')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Percorso di navigazione' }).getByRole('link', { name: 'Ambiti' })).toBeVisible();

    const list = page.getByRole('table', { name: "12 comuni dell'ambito" });
    await expect(list.getByRole('rowheader')).toHaveText(NAMES);
    for (const name of NAMES) {
      await expect(list.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell', { name: DEMO_MUNICIPALITIES[name] })).toBeVisible();
    }
    const history = page.getByRole('table', { name: `Storia della composizione di ${DISTRICT}` });
    await expect(history.getByRole('rowheader')).toHaveCount(12);
    await expect(history.getByRole('row', { name: /Treviglio/ }).getByRole('cell', { name: 'in corso' })).toBeVisible();
    await expect(page.getByRole('region', { name: "Mappa dei comuni dell'ambito" })).toBeVisible();
    await settled(page);
    await screenshot(page, 'district-detail');
  });

  test('the map draws the demo district with MapLibre and names the municipality picked in the list or on the map', async ({ page }) => {
    await page.goto('/territory');
    await territoryNav(page).getByRole('link', { name: 'Mappa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Mappa dell'ambito" })).toBeVisible();
    // The admin works on the whole platform: the first (only) district is shown.
    const district = page.getByRole('combobox', { name: 'Ambito' });
    await expect(district.getByRole('option', { name: DISTRICT })).toBeAttached();
    await expect(district).toHaveValue(/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Comuni di ${DISTRICT.replace(/[()]/g, '\\$&')} al `) })).toBeVisible();

    // MapLibre's WebGL canvas, named for assistive technology, inside a figure with a caption.
    const canvas = page.getByRole('region', { name: "Mappa dei comuni dell'ambito" });
    await expect(canvas).toBeVisible();
    expect(await canvas.evaluate((el) => el.tagName)).toBe('CANVAS');
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(200);
    await expect(page.getByRole('button', { name: 'Aumenta lo zoom' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Riduci lo zoom' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Mostra i nomi sulla mappa' })).toBeChecked();
    await expect(page.getByText('I nomi e i codici dei comuni sono elencati anche nella tabella qui sotto.')).toBeVisible();

    // The accessible list under the map has the same twelve municipalities, each with a boundary.
    const list = page.getByRole('table', { name: "12 comuni dell'ambito" });
    await expect(list.getByRole('rowheader')).toHaveText(NAMES);
    await expect(list.getByRole('button', { name: /^Mostra sulla mappa / })).toHaveCount(12);

    // Picking one in the list highlights it and says its name and ISTAT code.
    const show = list.getByRole('button', { name: 'Mostra sulla mappa Treviglio' });
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(/^Comune selezionato:/)).toHaveText('Comune selezionato: Treviglio — Codice ISTAT 016219');
    await settled(page);
    await screenshot(page, 'map');

    // Pressed again, it is deselected.
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText(/^Comune selezionato:/)).toHaveCount(0);

    // On the map: hovering shows a popup with name and code, clicking selects the municipality under the pointer.
    // The map loads its shapes asynchronously (worker, WebGL), so the pointer is moved until it reacts.
    const size = (await canvas.boundingBox())!;
    const centre = { x: Math.round(size.width / 2), y: Math.round(size.height / 2) };
    const popup = page.getByText(/^Codice ISTAT 016\d{3}$/);
    await expect(async () => {
      await canvas.hover({ position: { x: centre.x - 5, y: centre.y - 5 } });
      await canvas.hover({ position: centre });
      await expect(popup).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    const hovered = (await popup.innerText()).replace('Codice ISTAT ', '');
    expect(Object.values(DEMO_MUNICIPALITIES)).toContain(hovered);

    await canvas.click({ position: centre });
    const selected = page.getByText(/^Comune selezionato:/);
    await expect(selected).toBeVisible();
    const [, name, code] = /^Comune selezionato: (.+) — Codice ISTAT (\d{6})$/.exec(await selected.innerText()) ?? [];
    expect(code).toBe(hovered);
    expect(DEMO_MUNICIPALITIES[name ?? '']).toBe(code);
    await expect(list.getByRole('button', { name: `Mostra sulla mappa ${name}` })).toHaveAttribute('aria-pressed', 'true');
    await screenshot(page, 'map-clicked');

    // Names on the map can be switched off.
    // (Bootstrap Italia draws the box with the label, which is what a person clicks.)
    const arcene = page.getByText('Arcene', { exact: true });
    const withLabels = await arcene.count(); // the list's row header and the name drawn on the map
    await page.getByText('Mostra i nomi sulla mappa', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Mostra i nomi sulla mappa' })).not.toBeChecked();
    await expect(arcene).toHaveCount(withLabels - 1);
  });

  test('an administrator creates a district and sets its composition from a date', async ({ page }) => {
    const code = `E2E-${uniqueSuffix().toUpperCase()}`;
    // Named after the demo district so that pages showing the first district by name keep showing the demo one.
    const name = `Zona di prova ${code}`;
    await page.goto('/territory/districts');
    await page.getByRole('link', { name: 'Nuovo ambito' }).click();
    await expect(page).toHaveURL(/\/territory\/districts\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo ambito' })).toBeVisible();

    // Empty form: the errors are listed on top and next to each field.
    await page.getByRole('button', { name: "Crea l'ambito" }).click();
    await expect(page.getByRole('alert')).toContainText('Alcuni dati non sono validi');
    await expect(page.getByRole('textbox', { name: 'Codice' })).toHaveAttribute('aria-invalid', 'true');

    // A code already in use is refused by the server.
    await page.getByRole('textbox', { name: 'Codice' }).fill('DEMO-TREVIGLIO');
    await page.getByRole('textbox', { name: 'Nome' }).fill(name);
    await page.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: 'Zona sociale' });
    await page.getByRole('combobox', { name: 'Regione' }).selectOption({ label: 'Lombardia' });
    await page.getByRole('textbox', { name: 'Descrizione' }).fill('Creata dal test end-to-end.');
    await page.getByRole('button', { name: "Crea l'ambito" }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveURL(/\/territory\/districts\/new$/);

    await page.getByRole('textbox', { name: 'Codice' }).fill(code);
    await page.getByRole('button', { name: "Crea l'ambito" }).click();
    await expect(page).toHaveURL(/\/territory\/districts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Ambito creato.')).toBeVisible();
    await expect(page.getByText(`Zona sociale · Codice ${code}`)).toBeVisible();
    await expect(page.getByText('Nessuna variazione registrata.')).toBeVisible();

    // The composition from 1 January 2024: Arcene and Treviglio.
    await page.getByRole('button', { name: 'Cambia la composizione' }).click();
    await page.getByRole('combobox', { name: 'Provincia' }).selectOption({ label: 'Bergamo (BG)' });
    const list = page.getByRole('group', { name: /^Comuni dell'ambito/ });
    await expect(list.getByRole('checkbox')).toHaveCount(12);
    await page.getByLabel('Valida dal').fill('2024-01-01');
    await list.getByText('Arcene (016011)', { exact: true }).click();
    await list.getByText('Treviglio (016219)', { exact: true }).click();
    await expect(list.getByRole('checkbox', { name: 'Arcene (016011)' })).toBeChecked();
    await expect(page.getByRole('group', { name: "Comuni dell'ambito (2 scelti)" })).toBeVisible();
    await page.getByRole('button', { name: 'Rivedi e salva' }).click();

    const dialog = page.getByRole('dialog', { name: 'Confermi la nuova composizione?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Entrano 2 comuni')).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveText(['Arcene', 'Treviglio']);
    await expect(dialog.getByText('Escono 0 comuni')).toBeVisible();
    await settled(page);
    await screenshot(page, 'district-composition-confirm', { fullPage: false });
    await dialog.getByRole('button', { name: 'Conferma la composizione' }).click();
    await expect(dialog).toBeHidden();

    // The detail shows the composition on that date, and the history records it.
    await expect(page).toHaveURL(/[?&]date=2024-01-01/);
    await expect(page.getByText('Composizione salvata: valida dal 01/01/2024.')).toBeVisible();
    await expect(page.getByRole('table', { name: "2 comuni dell'ambito" }).getByRole('rowheader')).toHaveText(['Arcene', 'Treviglio']);
    const history = page.getByRole('table', { name: `Storia della composizione di ${name}` });
    await expect(history.getByRole('rowheader')).toHaveText(['Arcene', 'Treviglio']);
    for (const row of await history.getByRole('row').filter({ has: page.getByRole('rowheader') }).all()) {
      await expect(row.getByRole('cell', { name: '01/01/2024' })).toBeVisible();
      await expect(row.getByRole('cell', { name: 'in corso' })).toBeVisible();
    }
    // The day before, the district had no municipalities.
    await page.getByRole('textbox', { name: 'Composizione alla data' }).fill('2023-12-31');
    await expect(page.getByRole('table', { name: "2 comuni dell'ambito" })).toHaveCount(0);
  });
});

import { expect, test } from '@playwright/test';
import { demoUsers, greeting, signIn, signOut } from './support/auth';
import { screenshot, settled, uniqueSuffix } from './support/page';

const admin = demoUsers.admin;
const DISTRICT = 'Ambito di Treviglio (demo)';

test.describe('organisations', () => {
  test('the admin registers an organisation, adds a member who then signs in with the temporary password', async ({ page }) => {
    const suffix = uniqueSuffix();
    const orgName = `Associazione Prova E2E ${suffix}`;
    const person = { name: `Paola Prova ${suffix}`, email: `paola.prova.${suffix}@example.org` };

    await signIn(page, admin);

    // From the main navigation to the form.
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Enti', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enti' })).toBeVisible();
    await page.getByRole('link', { name: 'Nuovo ente' }).click();
    await expect(page).toHaveURL(/\/organizations\/new$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo ente' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Denominazione', exact: true }).fill(orgName);
    await page.getByRole('textbox', { name: 'Nome breve', exact: true }).fill(`Prova ${suffix}`);
    await page.getByRole('combobox', { name: 'Tipo di ente' }).selectOption({ label: 'Ente del terzo settore' });
    await page.getByRole('combobox', { name: 'Settore' }).selectOption({ label: 'Terzo settore' });
    const municipality = page.getByRole('combobox', { name: 'Comune', exact: true });
    await expect(municipality).toBeDisabled();
    await expect(municipality).toHaveAccessibleDescription('Scegli prima l\'ambito.');
    await page.getByRole('combobox', { name: 'Ambito', exact: true }).selectOption({ label: DISTRICT });
    await expect(municipality).toBeEnabled();
    await expect(municipality.getByRole('option', { name: 'Treviglio', exact: true })).toBeAttached();
    await municipality.selectOption({ label: 'Treviglio' });
    await page.getByRole('textbox', { name: 'Indirizzo', exact: true }).fill('Via Roma 1, Treviglio');
    await page.getByRole('textbox', { name: 'Telefono', exact: true }).fill('0363 123456');

    // A malformed email is caught in the browser: nothing is sent, the field and the summary say why.
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/organizations') posts += 1;
    });
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    await email.fill('segreteria-at-example');
    const submit = page.getByRole('button', { name: "Registra l'ente" });
    await submit.click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Alcuni dati non sono validi: controlla i campi indicati.');
    await expect(summary.getByRole('listitem')).toHaveText(['Email: Indirizzo email non valido.']);
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Indirizzo email non valido.');
    await expect(page).toHaveURL(/\/organizations\/new$/);
    expect(posts).toBe(0);
    await screenshot(page, 'organisation-create-invalid');

    // Fixed: the error goes away as soon as the field is edited, and the form is accepted.
    await email.fill(`segreteria.${suffix}@example.org`);
    await expect(email).not.toHaveAttribute('aria-invalid', 'true');
    const created = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/organizations');
    await submit.click();
    expect((await created).status()).toBe(201);
    await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ente registrato.' })).toBeVisible();
    const detailUrl = page.url();

    // The list finds it by name.
    await page.getByRole('navigation', { name: 'Percorso di navigazione' }).getByRole('link', { name: 'Enti' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enti' })).toBeVisible();
    const search = page.getByRole('search', { name: 'Ricerca enti' });
    await search.getByRole('searchbox', { name: 'Cerca per nome o codice fiscale' }).fill(orgName);
    await search.getByRole('button', { name: 'Cerca', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    const table = page.getByRole('table', { name: 'Elenco degli enti' });
    await expect(table.getByRole('row')).toHaveCount(2); // header + the one organisation
    const row = table.getByRole('row', { name: new RegExp(orgName) });
    await expect(row.getByRole('cell', { name: 'Ente del terzo settore' })).toBeVisible();
    await expect(row.getByRole('cell', { name: DISTRICT })).toBeVisible();
    await expect(page.getByText('Elementi 1–1 di 1')).toBeVisible();
    await settled(page);
    await screenshot(page, 'organisations-list');

    await row.getByRole('link', { name: orgName }).click();
    await expect(page).toHaveURL(detailUrl);
    await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
    const data = page.getByRole('region', { name: "Dati dell'ente" });
    await expect(data).toContainText(`segreteria.${suffix}@example.org`);
    await expect(data).toContainText('Treviglio');
    await settled(page);
    await screenshot(page, 'organisation-detail');

    // People tab: add a person by email as "Operatore"; a new account gets a temporary password, shown once.
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    await tabs.getByRole('tab', { name: 'Persone (0)' }).click();
    await expect(tabs.getByRole('tab', { name: 'Persone (0)' })).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name: 'Persone (0)' });
    await expect(panel.getByText('Nessuna persona registrata.')).toBeVisible();
    const addForm = panel.getByRole('form', { name: 'Aggiungi una persona' });
    await addForm.getByRole('textbox', { name: 'Email', exact: true }).fill(person.email);
    await addForm.getByRole('textbox', { name: 'Nome e cognome', exact: true }).fill(person.name);
    await addForm.getByRole('combobox', { name: 'Ruolo' }).selectOption({ label: 'Operatore' });
    await addForm.getByRole('textbox', { name: 'Qualifica', exact: true }).fill('Educatrice professionale');
    const added = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/organizations\/[^/]+\/members$/.test(new URL(r.url()).pathname));
    await addForm.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    expect((await added).status()).toBe(201);

    const membersPanel = page.getByRole('tabpanel', { name: 'Persone (1)' });
    await expect(membersPanel.getByText(`Account creato per ${person.name} e aggiunto all'ente.`)).toBeVisible();
    await expect(membersPanel.getByText(`Password temporanea per ${person.name}`)).toBeVisible();
    await expect(membersPanel.getByText('Viene mostrata una sola volta')).toBeVisible();
    const temporaryPassword = (await membersPanel.getByTestId('temporary-password').innerText()).trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const members = membersPanel.getByRole('table', { name: `Persone che lavorano presso ${orgName}` });
    const memberRow = members.getByRole('row', { name: new RegExp(person.name) });
    await expect(memberRow.getByRole('rowheader')).toHaveText(person.name);
    await expect(memberRow.getByRole('cell', { name: person.email })).toBeVisible();
    await expect(memberRow.getByRole('cell', { name: 'Operatore', exact: true })).toBeVisible();
    await expect(memberRow.getByRole('cell', { name: 'Educatrice professionale' })).toBeVisible();
    await expect(memberRow.getByRole('button', { name: `Rimuovi ${person.name}` })).toBeVisible();
    await settled(page);
    await screenshot(page, 'members-tab');

    // Shown once: after a reload the password is gone, the person stays.
    await page.reload();
    await expect(page.getByRole('tabpanel', { name: 'Persone (1)' }).getByRole('rowheader', { name: person.name })).toBeVisible();
    await expect(page.getByTestId('temporary-password')).toHaveCount(0);

    // The new member signs in with the temporary password and is asked to choose a new one.
    await signOut(page, admin.name);
    await signIn(page, { email: person.email, name: person.name, password: temporaryPassword });
    const prompt = page.getByRole('region', { name: 'Scegli una nuova password' });
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Stai usando una password temporanea.');
    await expect(page.getByText(`Operatore — Ente: ${orgName}`)).toBeVisible();
    await settled(page);
    await screenshot(page, 'must-change-password');

    // Until then only the dashboard opens: the navigation offers nothing else and other addresses lead back here.
    await expect(page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Enti', exact: true })).toHaveCount(0);
    await page.goto('/organizations');
    await expect(page.getByRole('heading', { level: 1, name: greeting(person.name) })).toBeVisible();
    await expect(prompt).toBeVisible();
    await screenshot(page, 'must-change-password-reminder');

    const newPassword = `una frase lunga e nuova ${suffix}`;
    await prompt.getByRole('textbox', { name: 'Password attuale', exact: true }).fill(temporaryPassword);
    await prompt.getByRole('textbox', { name: 'Nuova password', exact: true }).fill(newPassword);
    await prompt.getByRole('textbox', { name: 'Ripeti la nuova password', exact: true }).fill(newPassword);
    await prompt.getByRole('button', { name: 'Cambia la password' }).click();
    // The required form goes away; the confirmation outlives it.
    await expect(prompt).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Password cambiata.' })).toBeVisible();

    // Now the rest of the platform opens.
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Enti', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Elenco degli enti' }).getByRole('link', { name: orgName })).toBeVisible();
    await expect(page.getByText('Stai usando una password temporanea.')).toHaveCount(0);

    // And the new password is the one that works from now on.
    await signOut(page, person.name);
    await signIn(page, { email: person.email, name: person.name, password: newPassword });
    await expect(page.getByRole('region', { name: 'Scegli una nuova password' })).toHaveCount(0);
  });

  test('the admin adds, edits and removes a service and a help desk', async ({ page }) => {
    const suffix = uniqueSuffix();
    const orgName = `Servizi Prova E2E ${suffix}`;
    const service = { first: `Ascolto ${suffix}`, renamed: `Ascolto e orientamento ${suffix}` };
    const desk = { first: `Sportello ${suffix}`, renamed: `Sportello centro ${suffix}` };

    await signIn(page, admin);
    const created = await page.request.post('/api/organizations', { data: { name: orgName, kind: 'third_sector', sector: 'third_sector' } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/organizations/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
    const tabs = page.getByRole('tablist', { name: "Sezioni dell'ente" });
    const patches: unknown[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.postDataJSON());
    });

    // Add a service.
    await tabs.getByRole('tab', { name: /^Servizi/ }).click();
    const services = page.getByRole('tabpanel', { name: /^Servizi/ });
    await expect(services.getByText('Nessun servizio registrato.')).toBeVisible();
    const addService = services.getByRole('form', { name: 'Aggiungi un servizio' });
    await addService.getByRole('textbox', { name: 'Nome del servizio' }).fill(service.first);
    await addService.getByRole('textbox', { name: 'Telefono' }).fill('0363 111222');
    await addService.getByRole('button', { name: 'Aggiungi il servizio' }).click();
    await expect(services.getByRole('status')).toHaveText('Servizio aggiunto.');
    await expect(services.getByRole('heading', { level: 3, name: service.first })).toBeVisible();

    // Edit it: the form opens pre-filled, a bad value is caught in the browser, then only the changed field is sent.
    await services.getByRole('button', { name: `Modifica ${service.first}` }).click();
    const editService = services.getByRole('form', { name: `Modifica il servizio ${service.first}` });
    const serviceName = editService.getByRole('textbox', { name: 'Nome del servizio' });
    await expect(serviceName).toBeFocused();
    await expect(serviceName).toHaveValue(service.first);
    await expect(editService.getByRole('textbox', { name: 'Telefono' })).toHaveValue('0363 111222');
    await serviceName.fill('');
    await editService.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(serviceName).toHaveAttribute('aria-invalid', 'true');
    expect(patches).toHaveLength(0);
    await serviceName.fill(service.renamed);
    const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname.includes('/services/'));
    await editService.getByRole('button', { name: 'Salva', exact: true }).click();
    expect((await patched).status()).toBe(200);
    expect(patches).toEqual([{ name: service.renamed }]);
    await expect(services.getByRole('status')).toHaveText('Servizio modificato.');
    await expect(editService).toHaveCount(0);
    await expect(services.getByRole('heading', { level: 3, name: service.renamed })).toBeVisible();
    await expect(services.getByRole('button', { name: `Modifica ${service.renamed}` })).toBeFocused();

    // Add a help desk for that service, then rename it.
    await tabs.getByRole('tab', { name: /^Sportelli/ }).click();
    const desks = page.getByRole('tabpanel', { name: /^Sportelli/ });
    await expect(desks.getByText('Nessuno sportello registrato.')).toBeVisible();
    const addDesk = desks.getByRole('form', { name: 'Aggiungi uno sportello' });
    await addDesk.getByRole('textbox', { name: 'Nome dello sportello' }).fill(desk.first);
    await addDesk.getByRole('combobox', { name: 'Servizio' }).selectOption({ label: service.renamed });
    await addDesk.getByRole('button', { name: 'Aggiungi lo sportello' }).click();
    await expect(desks.getByRole('status')).toHaveText('Sportello aggiunto.');
    await expect(desks.getByText(`Servizio: ${service.renamed}`)).toBeVisible();

    await desks.getByRole('button', { name: `Modifica ${desk.first}` }).click();
    const editDesk = desks.getByRole('form', { name: `Modifica lo sportello ${desk.first}` });
    await expect(editDesk.getByRole('combobox', { name: 'Servizio' })).toHaveValue(/[0-9a-f-]{36}/);
    await editDesk.getByRole('textbox', { name: 'Nome dello sportello' }).fill(desk.renamed);
    await editDesk.getByRole('button', { name: 'Salva', exact: true }).click();
    await expect(desks.getByRole('status')).toHaveText('Sportello modificato.');
    await expect(desks.getByRole('heading', { level: 3, name: desk.renamed })).toBeVisible();
    expect(patches.at(-1)).toEqual({ name: desk.renamed });

    // Cancelling the removal keeps the service; confirming removes it, and its help desk stays without the link.
    await tabs.getByRole('tab', { name: /^Servizi/ }).click();
    await services.getByRole('button', { name: `Rimuovi ${service.renamed}` }).click();
    let dialog = page.getByRole('dialog', { name: 'Rimuovere il servizio?' });
    await expect(dialog).toContainText(`${service.renamed} non comparirà più tra i servizi di ${orgName}.`);
    await expect(dialog).toContainText('Gli sportelli collegati a questo servizio restano');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await expect(dialog).toBeHidden();
    await expect(services.getByRole('heading', { level: 3, name: service.renamed })).toBeVisible();
    await services.getByRole('button', { name: `Rimuovi ${service.renamed}` }).click();
    const removedService = page.waitForResponse((r) => r.request().method() === 'DELETE' && new URL(r.url()).pathname.includes('/services/'));
    await dialog.getByRole('button', { name: 'Rimuovi', exact: true }).click();
    expect((await removedService).ok()).toBe(true);
    await expect(dialog).toBeHidden();
    await expect(services.getByRole('status')).toHaveText(`Il servizio ${service.renamed} è stato rimosso.`);
    await expect(services.getByText('Nessun servizio registrato.')).toBeVisible();
    await expect(tabs.getByRole('tab', { name: 'Servizi (0)' })).toBeVisible();

    await tabs.getByRole('tab', { name: /^Sportelli/ }).click();
    await expect(desks.getByRole('heading', { level: 3, name: desk.renamed })).toBeVisible();
    await expect(desks.getByText(`Servizio: ${service.renamed}`)).toHaveCount(0);

    // Remove the help desk.
    await desks.getByRole('button', { name: `Rimuovi ${desk.renamed}` }).click();
    dialog = page.getByRole('dialog', { name: 'Rimuovere lo sportello?' });
    await expect(dialog).toContainText(`${desk.renamed} non comparirà più tra gli sportelli di ${orgName}.`);
    await dialog.getByRole('button', { name: 'Rimuovi', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(desks.getByRole('status')).toHaveText(`Lo sportello ${desk.renamed} è stato rimosso.`);
    await expect(desks.getByText('Nessuno sportello registrato.')).toBeVisible();
    await expect(tabs.getByRole('tab', { name: 'Sportelli (0)' })).toBeVisible();
  });

  test('a refused form brings its errors into view', async ({ page }) => {
    await signIn(page, admin);
    await page.goto('/organizations/new');
    await settled(page);
    // An empty submit: the first field to fix (Denominazione) is at the top of a long form, far above the button.
    await page.getByRole('button', { name: "Registra l'ente" }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Alcuni dati non sono validi: controlla i campi indicati.');
    await expect(summary.getByRole('listitem')).toHaveText(['Denominazione: Campo obbligatorio.', 'Tipo di ente: Campo obbligatorio.', 'Settore: Campo obbligatorio.']);
    await expect(page.getByRole('textbox', { name: 'Denominazione', exact: true })).toHaveAttribute('aria-invalid', 'true');

    // What the person sees right after pressing the button (viewport only).
    await screenshot(page, 'organisation-create-empty-submit', { fullPage: false });

    // Whoever pressed the button must see what went wrong without hunting for it: the error summary is
    // brought on screen, or focus moves to it or to the first field to fix (which is then on screen).
    await expect(async () => {
      const shown = await page.evaluate(() => {
        const onScreen = (el: Element | null) => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        };
        const focused = document.activeElement;
        const summaryEl = document.querySelector('[role="alert"]');
        const focusOnError = !!focused && (summaryEl?.contains(focused) || focused.getAttribute('aria-invalid') === 'true');
        return { focusOnError, focusedOnScreen: onScreen(focused), summaryOnScreen: onScreen(summaryEl), focused: focused?.outerHTML.slice(0, 80) };
      });
      expect(
        shown.summaryOnScreen || (shown.focusOnError && shown.focusedOnScreen),
        `after a refused submit focus stays on ${shown.focused}; the error summary is ${shown.summaryOnScreen ? '' : 'not '}on screen`,
      ).toBe(true);
    }).toPass({ timeout: 5_000 });
  });
});

import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn, signOut } from './support/auth';
import { expectAccessible, screenshot, settled } from './support/page';

/**
 * The whole path of a case across two services, on the demo data: registration with the duplicate
 * warning, opening, referral, acceptance by the anti-violence centre, plan, mediation and closure.
 */

const omar = demoUsers.operator;
const chiara = { email: 'operatore.cav@demo.crocevia.it', name: 'Chiara Operatrice' };
const LEAD_SERVICE = 'Servizio sociale professionale – Comune di Treviglio – Servizi sociali';
const CAV_SERVICE = 'Accoglienza e ascolto – Centro antiviolenza Rete Donne';

/** Letters only, so the made-up surname reads as a name to the duplicate check. */
function letters(n: number): string {
  const abc = 'bcdfghlmnprstvz';
  const vowels = 'aeiou';
  let s = '';
  for (let i = 0; i < n; i += 1) s += i % 2 === 0 ? abc[Math.floor(Math.random() * abc.length)] : vowels[Math.floor(Math.random() * vowels.length)];
  return s;
}

async function fillPerson(page: Page, given: string, family: string, year: string) {
  await page.getByRole('textbox', { name: 'Nome', exact: true }).fill(given);
  await page.getByRole('textbox', { name: 'Cognome', exact: true }).fill(family);
  await page.getByRole('textbox', { name: 'Anno', exact: true }).fill(year);
}

test.describe('casework', () => {
  test('register, open, refer, accept in another service, plan a mediation and close', async ({ page }) => {
    test.setTimeout(180_000);
    const family = `${letters(1).toUpperCase()}${letters(7)}`;
    const given = 'Samira';

    // 1. The operator of the municipality registers a person: a variant spelling of a demo person first.
    await signIn(page, omar);
    await page.goto('/casework/persons/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Registra persona' })).toBeVisible();
    const registering = page.getByRole('combobox', { name: 'Servizio che registra' });
    if ((await registering.count()) > 0 && (await registering.inputValue()) === '') await registering.selectOption({ index: 1 });
    await fillPerson(page, 'Olena', 'Kowalenko', '1986');
    await expect(page.getByText(/possibil[ei] corrispondenz[ae]: controlla prima di registrare/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Kovalenko').first()).toBeVisible();
    await settled(page);
    await screenshot(page, 'casework-duplicate-warning');
    await expectAccessible(page, 'person registration with a duplicate warning');

    // A genuinely new person: no match, registered.
    await fillPerson(page, given, family, '1994');
    await expect(page.getByText('Nessun possibile duplicato trovato.')).toBeVisible({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Registra persona', exact: true }).click();
    await expect(page).toHaveURL(/\/casework\/persons\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(family) })).toBeVisible();

    // 2. Opens a case for her, with the municipality's social service as lead.
    await page.getByRole('link', { name: 'Apri caso' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Apri una presa in carico' })).toBeVisible();
    await expect(page.getByText(`${given} ${family}`)).toBeVisible();
    await page.getByRole('combobox', { name: 'Servizio titolare' }).selectOption({ label: LEAD_SERVICE });
    // bootstrap-italia draws the box on the label: a person clicks the label.
    const needs = page.getByRole('group', { name: 'Aree di bisogno' });
    for (const need of ['Abitazione', 'Lingua', 'Violenza']) {
      await needs.getByText(need, { exact: true }).click();
      await expect(needs.getByRole('checkbox', { name: need })).toBeChecked();
    }
    await page.getByRole('textbox', { name: 'Sintesi' }).fill('Madre sola con due figli, chiede aiuto per la casa e il lavoro.');
    await settled(page);
    await expectAccessible(page, 'open a case');
    await page.getByRole('button', { name: 'Apri il caso' }).click();
    await expect(page).toHaveURL(/\/casework\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = new URL(page.url()).pathname;
    const title = page.getByRole('heading', { level: 1, name: /^Caso / });
    await expect(title).toBeVisible();
    const reference = ((await title.textContent()) ?? '').replace(/^Caso /, '').trim();
    await expect(page.getByRole('status').filter({ hasText: 'Caso aperto.' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Fasi della presa in carico' }).getByRole('listitem').first()).toHaveAttribute('aria-current', 'step');
    await settled(page);
    await screenshot(page, 'casework-case-detail');
    await expectAccessible(page, 'case detail (summary)');

    // 3. Refers the case to the anti-violence centre, sharing identity and needs, on a legal basis.
    const tabs = page.getByRole('tablist', { name: 'Sezioni del caso' });
    await tabs.getByRole('tab', { name: 'Invii' }).click();
    const form = page.getByRole('form', { name: 'Invia il caso a un altro servizio' });
    await form.getByRole('combobox', { name: 'Servizio destinatario' }).selectOption({ label: CAV_SERVICE });
    await form.getByRole('textbox', { name: "Motivo dell'invio" }).fill('Racconta maltrattamenti in famiglia: serve ascolto e protezione.');
    await form.getByRole('combobox', { name: 'Base giuridica' }).selectOption({ label: 'Compito di interesse pubblico' });
    await form.getByRole('textbox', { name: 'Riferimento normativo' }).fill('Legge 328/2000 e protocollo di rete antiviolenza');
    await expect(form.getByRole('checkbox', { name: 'Identità' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Bisogni' })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Salute' })).not.toBeChecked();
    await settled(page);
    await expectAccessible(page, 'case referral form');
    const sent = page.waitForResponse((r) => r.request().method() === 'POST' && /\/api\/casework\/cases\/[^/]+\/referrals$/.test(new URL(r.url()).pathname));
    await form.getByRole('button', { name: 'Invia', exact: true }).click();
    expect((await sent).status()).toBe(201);
    await expect(page.getByRole('status').filter({ hasText: 'Invio registrato' })).toBeVisible();
    const sentCard = page.getByRole('article', { name: `Caso ${reference}` });
    await expect(sentCard).toContainText('In attesa');
    await expect(sentCard.getByRole('button', { name: `Revoca ${reference}` })).toBeVisible();
    await signOut(page, omar.name);

    // 4. The anti-violence centre finds it in its inbox and accepts it.
    await signIn(page, chiara);
    await page.goto('/casework/referrals');
    await expect(page.getByRole('heading', { level: 1, name: 'Invii' })).toBeVisible();
    const inbox = page.getByRole('table', { name: 'Invii ricevuti dai tuoi servizi' });
    const row = inbox.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reference }) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(`${given} ${family}`);
    await expect(row).toContainText('Condivide: Identità, Bisogni');
    await settled(page);
    await screenshot(page, 'casework-referral-inbox');
    await expectAccessible(page, 'referral inbox');
    await row.getByRole('button', { name: `Accetta ${reference}` }).click();
    const accept = page.getByRole('dialog', { name: `Accettare l'invio del caso ${reference}?` });
    await expect(accept).toBeVisible();
    await accept.getByRole('textbox', { name: 'Nota (facoltativa)' }).fill('Presa in carico dal centro.');
    await settled(page);
    await expectAccessible(page, 'accept referral dialog');
    await accept.getByRole('button', { name: "Accetta l'invio" }).click();
    await expect(accept).toBeHidden();
    await expect(row.getByText('Accettato', { exact: true })).toBeVisible();
    await row.getByRole('link', { name: `Apri il caso ${reference}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Caso ${reference}` })).toBeVisible();
    await expect(page.getByText('Centro antiviolenza Rete Donne').first()).toBeVisible();
    await signOut(page, chiara.name);

    // 5. Back at the municipality: a goal, a mediation in Arabic, then the closure.
    await signIn(page, omar);
    await page.goto(caseUrl);
    await expect(page.getByRole('heading', { level: 1, name: `Caso ${reference}` })).toBeVisible();
    await page.getByRole('tablist', { name: 'Sezioni del caso' }).getByRole('tab', { name: 'Progetto' }).click();
    const goal = page.getByRole('form', { name: 'Aggiungi un obiettivo' });
    await goal.getByRole('textbox', { name: 'Obiettivo', exact: true }).fill('Trovare un alloggio stabile');
    await goal.getByRole('combobox', { name: 'Area di bisogno' }).selectOption({ label: 'Abitazione' });
    await goal.getByRole('button', { name: "Aggiungi l'obiettivo" }).click();
    await expect(page.getByRole('table', { name: 'Obiettivi' }).getByRole('rowheader', { name: 'Trovare un alloggio stabile' })).toBeVisible();

    const intervention = page.getByRole('form', { name: 'Aggiungi un intervento' });
    await intervention.getByRole('combobox', { name: 'Tipo di intervento' }).selectOption({ label: 'Mediazione linguistico-culturale' });
    await intervention.getByRole('combobox', { name: 'Lingua' }).selectOption({ label: 'Arabo' });
    const when = new Date(Date.now() + 3 * 86_400_000);
    const local = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}T10:00`;
    await intervention.getByLabel('Data e ora').fill(local);
    await intervention.getByRole('textbox', { name: 'Luogo' }).fill('Sede dei servizi sociali, Treviglio');
    await intervention.getByRole('spinbutton', { name: 'Durata (minuti)' }).fill('90');
    await intervention.getByRole('button', { name: "Aggiungi l'intervento" }).click();
    const mediations = page.getByRole('region', { name: 'Mediazione linguistico-culturale' });
    await expect(mediations.getByText('Arabo')).toBeVisible();
    await expect(mediations.getByText('Richiesta')).toBeVisible();
    await settled(page);
    await screenshot(page, 'casework-plan');
    await expectAccessible(page, 'case plan with a goal and a mediation');

    await page.getByRole('button', { name: 'Chiudi il caso' }).click();
    const close = page.getByRole('dialog', { name: 'Chiudere il caso?' });
    await close.getByRole('combobox', { name: 'Esito' }).selectOption({ label: 'Trasferito ad altro servizio' });
    await close.getByRole('textbox', { name: 'Nota di chiusura' }).fill('Prosegue il percorso con il centro antiviolenza.');
    await settled(page);
    await expectAccessible(page, 'close case dialog');
    await close.getByRole('button', { name: 'Chiudi il caso' }).click();
    await expect(close).toBeHidden();
    await expect(page.getByText('Esito: Trasferito ad altro servizio')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Riapri' })).toBeVisible();
    await settled(page);
    await screenshot(page, 'casework-case-closed');
  });
});

test.describe('casework: accessibility of the lists', () => {
  test('home, referrals, mediation calendar as the operator', async ({ page }) => {
    await signIn(page, omar);
    for (const [path, heading, name] of [
      ['/casework', 'Presa in carico', 'casework home'],
      ['/casework?tab=service', 'Presa in carico', 'service caseload'],
      ['/casework/referrals?box=outbox', 'Invii', 'referrals sent'],
      ['/casework/mediations', 'Calendario mediazioni', 'mediation calendar'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await settled(page);
      await screenshot(page, `casework-${name.replace(/ /g, '-')}`);
      await expectAccessible(page, name);
    }
  });

  test('facts as the coordinator', async ({ page }) => {
    await signIn(page, demoUsers.coordinator);
    await page.goto('/casework/facts');
    await expect(page.getByRole('heading', { level: 1, name: 'Dati aggregati delle prese in carico' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Conteggi per/ })).toBeVisible();
    await settled(page);
    await screenshot(page, 'casework-facts');
    await expectAccessible(page, 'casework facts');
  });
});

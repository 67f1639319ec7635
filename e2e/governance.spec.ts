import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../platform/testing/pdfText';
import { demoUsers, signIn } from './support/auth';
import { expectAccessible, screenshot, settled, uniqueSuffix } from './support/page';

/**
 * The life of a standing table, on the demo data, as the district coordinator: a quarterly table with three
 * organisations, its next meeting, attendance, minutes with a decision and an action item, approval at the
 * following meeting, the item on the tracker and carried onto that meeting's agenda, and the PDF minutes.
 */

const coordinator = demoUsers.coordinator;
const PLANNING_OFFICE = 'Ufficio di Piano – Ambito di Treviglio';
const MEMBERS = ['Comune di Treviglio – Servizi sociali', 'Cooperativa sociale Ponti', 'Centro antiviolenza Rete Donne'];

/** A date `days` from today, as the date field wants it. */
function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function confirmDialog(page: Page, title: string, button: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe('governance', () => {
  test('quarterly table → meeting → attendance → minutes with decision and action → approval → tracker and next agenda → PDF', async ({ page }) => {
    test.setTimeout(240_000);
    const suffix = uniqueSuffix();
    const tableName = `Tavolo regionale povertà ${suffix}`;
    const agendaTitle = 'Piano di formazione congiunta';
    const decisionText = `Il tavolo approva il piano di formazione congiunta ${suffix}`;
    const actionTitle = `Mappare gli sportelli di orientamento ${suffix}`;

    // 1. A quarterly regional working table coordinated by the planning office.
    await signIn(page, coordinator);
    await page.goto('/governance');
    await settled(page);
    await page.getByRole('link', { name: 'Nuovo tavolo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuovo tavolo' })).toBeVisible();
    await page.getByLabel(/^Nome/).fill(tableName);
    await page.getByLabel(/^Tipo/).selectOption({ label: 'Tavolo di lavoro regionale' });
    await page.getByLabel(/^Organizzazione coordinatrice/).selectOption({ label: PLANNING_OFFICE });
    await page.getByLabel(/^Ambito/).selectOption({ index: 1 });
    await page.getByLabel(/^Regola del quorum/).selectOption({ label: 'Maggioranza dei membri' });
    await page.getByRole('button', { name: 'Crea tavolo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: tableName })).toBeVisible();
    const tableUrl = page.url();
    const tableId = tableUrl.match(/tables\/([0-9a-f-]{36})/)![1]!;

    // 2. Three organisations sit at it.
    await page.getByRole('tab', { name: 'Membri' }).click();
    for (const org of MEMBERS) {
      await page.getByRole('button', { name: 'Aggiungi membro' }).first().click();
      const form = page.getByRole('form', { name: 'Nuovo membro' });
      await form.getByLabel(/^Organizzazione/).selectOption({ label: org });
      await form.getByLabel(/^Inizio del mandato/).fill('2026-01-01');
      await form.getByRole('button', { name: 'Aggiungi membro' }).click();
      await expect(form).toBeHidden();
      await expect(page.getByRole('cell', { name: org })).toBeVisible();
    }

    // 3. The next meeting, repeating every quarter, with its agenda.
    await page.getByRole('tab', { name: 'Riunioni' }).click();
    await page.getByRole('button', { name: 'Pianifica riunione' }).click();
    const schedule = page.getByRole('form', { name: 'Pianifica una riunione' });
    await schedule.getByRole('textbox', { name: 'Titolo', exact: true }).fill('Riunione trimestrale');
    await schedule.getByLabel(/^Data/).fill(dayFromToday(1));
    await schedule.getByLabel(/^Ora di inizio/).fill('10:00');
    await schedule.getByLabel(/^Ora di fine/).fill('12:00');
    await schedule.getByLabel(/^Luogo/).fill('Sala consiliare, Treviglio');
    await schedule.getByLabel(/^Ripetizione/).selectOption({ label: 'Ogni trimestre' });
    await schedule.getByLabel(/^Numero di riunioni della serie/).fill('2');
    await schedule.getByRole('textbox', { name: /^Titolo del punto/ }).first().fill(agendaTitle);
    await schedule.getByRole('button', { name: 'Pianifica riunione' }).click();
    await expect(page).toHaveURL(/\/governance\/meetings\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Riunione trimestrale' })).toBeVisible();
    const meetingId = page.url().match(/meetings\/([0-9a-f-]{36})/)![1]!;
    await expect(page.getByText(agendaTitle).first()).toBeVisible();

    // 4. Attendance: two present, one delegated; the majority quorum is reached.
    await page.getByRole('tab', { name: 'Presenze' }).click();
    await page.getByRole('group', { name: `Presenza di ${MEMBERS[0]}` }).getByText('Presente', { exact: true }).click();
    await page.getByRole('group', { name: `Presenza di ${MEMBERS[1]}` }).getByText('Presente', { exact: true }).click();
    await page.getByRole('group', { name: `Presenza di ${MEMBERS[2]}` }).getByText('Delegato', { exact: true }).click();
    await page.getByLabel(`Persona delegata da ${MEMBERS[2]}`).fill('Giulia Verdi');
    await page.getByRole('button', { name: 'Salva presenze' }).click();
    await expect(page.getByText('Presenze salvate.')).toBeVisible();
    await expect(page.getByText('Quorum raggiunto')).toBeVisible();
    await settled(page);
    await screenshot(page, 'governance-attendance');
    await expectAccessible(page, 'meeting attendance register');

    // The meeting took place.
    await page.getByRole('button', { name: 'Segna come svolta' }).click();
    await confirmDialog(page, 'Segnare la riunione come svolta?', 'Segna come svolta');

    // 5. Minutes: the discussion, a numbered decision and an action item with owner and due date.
    await page.getByRole('tab', { name: 'Verbale' }).click();
    await page.getByRole('button', { name: 'Redigi il verbale' }).click();
    const section = page.getByRole('region', { name: `1. ${agendaTitle}` });
    await section.getByLabel('Sintesi della discussione').fill('Presentato il piano; gli enti concordano sui moduli e sul calendario.');
    await page.getByRole('button', { name: 'Salva il verbale' }).click();
    await expect(page.getByText('Verbale salvato.')).toBeVisible();
    await section.getByRole('button', { name: 'Aggiungi una decisione' }).click();
    await section.getByLabel('Testo della decisione').fill(decisionText);
    await section.getByRole('button', { name: 'Aggiungi la decisione' }).click();
    await expect(section.getByText(/Decisione n\. \d+/)).toBeVisible();
    await section.getByRole('button', { name: "Aggiungi un'azione" }).click();
    await section.getByLabel(/^Cosa fare/).fill(actionTitle);
    await section.getByLabel(/^Ente responsabile/).selectOption({ label: MEMBERS[1]! });
    await section.getByLabel(/^Scadenza/).fill(dayFromToday(30));
    await section.getByRole('button', { name: "Aggiungi l'azione" }).click();
    await expect(section.getByText(actionTitle)).toBeVisible();

    // Circulated to the members, then approved at the following meeting: locked.
    await page.getByRole('button', { name: 'Metti in circolazione' }).click();
    await confirmDialog(page, 'Mettere in circolazione il verbale?', 'Metti in circolazione');
    await expect(page.getByText('Il verbale è in circolazione: i membri sono stati avvisati.')).toBeVisible();
    await page.getByRole('button', { name: 'Approva', exact: true }).click();
    const approve = page.getByRole('dialog', { name: 'Approvare il verbale?' });
    await approve.getByLabel(/^Seduta in cui è approvato/).selectOption({ index: 1 });
    await approve.getByRole('button', { name: 'Approva il verbale' }).click();
    await expect(page.getByText(/^Verbale approvato il .+ nella seduta del .+, versione 1\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Salva il verbale' })).toHaveCount(0);
    await settled(page);
    await screenshot(page, 'governance-minutes-approved');

    // 6. The PDF minutes open and contain the decision.
    const minutes = await (await page.request.get(`/api/governance/meetings/${meetingId}/minutes`)).json();
    const pdf = await page.request.get(`/api/governance/minutes/${minutes.id}/minutes.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body).replace(/\s+/g, ' ');
    expect(text).toContain(decisionText);
    expect(text).toContain(actionTitle);

    // 7. The action item is on the one tracker, with its decision number and table.
    await page.goto(`/governance/action-items?roundtableId=${tableId}`);
    await settled(page);
    const row = page.getByRole('row', { name: new RegExp(actionTitle) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('link', { name: tableName })).toBeVisible();
    await expect(row.getByText(MEMBERS[1]!)).toBeVisible();
    await screenshot(page, 'governance-action-tracker');
    await expectAccessible(page, 'action tracker');

    // 8. It was carried onto the agenda of the next meeting, which also approves the minutes.
    await row.getByRole('link', { name: /Riunione/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Riunione trimestrale' })).toBeVisible();
    expect(page.url()).not.toContain(meetingId);
    await expect(page.getByRole('heading', { name: `Verifica azione: ${actionTitle}` })).toBeVisible();
    await expect(page.getByText('riportata', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /Approvazione del verbale/ })).toBeVisible();
    await settled(page);
    await screenshot(page, 'governance-next-agenda');
  });

  test("the coordinator's steering dashboard and the measured network, on the demo data", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, coordinator);
    await page.goto('/governance/steering');
    await expect(page.getByRole('heading', { level: 1, name: 'Cabina di regia' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByText('Completare la mappatura dei servizi').first()).toBeVisible();
    await expect(main.getByText('Protocollo d’intesa per l’accoglienza e l’inclusione').first()).toBeVisible();
    await expect(main.getByText('Presa in carico e invii')).toBeVisible();
    await settled(page);
    await screenshot(page, 'governance-steering');
    await expectAccessible(page, 'steering dashboard');

    // The network graph: choosing an organisation shows its ties.
    await page.getByRole('link', { name: 'Apri il grafo della rete' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /La rete misurata/ })).toBeVisible();
    await expect(page.getByText('Densità').first()).toBeVisible();
    await page.getByRole('button', { name: 'Tabella' }).click();
    await page.getByRole('button', { name: 'Cooperativa sociale Ponti' }).first().click();
    const ties = page.getByRole('complementary', { name: 'Cooperativa sociale Ponti' });
    await expect(ties).toBeVisible();
    await expect(ties.getByText('Stesso tavolo').first()).toBeVisible();
    await settled(page);
    await screenshot(page, 'governance-network-graph');
    await expectAccessible(page, 'network graph with ties');

    // The other registers of the module open and pass the accessibility check.
    for (const [path, heading, what] of [
      ['/governance', 'Tavoli e organismi', 'round tables list'],
      ['/governance/agreements', 'Accordi', 'agreements register'],
      ['/governance/calendar', 'Calendario delle riunioni', 'calendar feeds'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await settled(page);
      await expectAccessible(page, what);
    }
    await page.goto('/governance/agreements');
    await page.getByRole('link', { name: 'Protocollo d’intesa per l’accoglienza e l’inclusione' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Protocollo d’intesa per l’accoglienza e l’inclusione' })).toBeVisible();
    await settled(page);
    await expectAccessible(page, 'agreement detail');
  });
});

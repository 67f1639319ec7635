import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { addDays, addWorkingDays, daysBetween } from './planDates';
import { assessments, cases, interventions } from './schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';
import { isoToday } from './visibility';

let t: TestApp;
let net: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH', url: string, as: string, payload?: unknown) => t.request({ method, url: `/api/casework${url}`, as, ...(payload === undefined ? {} : { payload: payload as object }) });

async function newCase(protection: 'ordinary' | 'restricted' = 'ordinary') {
  const person = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId });
  return createTestCase(t.db, { districtId: net.districtId, personId: person.id, lead: net.lead, ownerId: net.lead.operator.userId, protection });
}

describe('assessments in two steps', () => {
  it('a preliminary analysis is due 30 days after the case opened, and shows when it is overdue', async () => {
    const c = await newCase();
    const res = await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' });
    expect(res.statusCode).toBe(201);
    const due = addDays(c.openedOn, 30);
    expect(res.json()).toMatchObject({ kind: 'preliminary', dueOn: due, completedOn: null, overdue: due < isoToday(), daysLeft: daysBetween(isoToday(), due) });

    const future = addDays(isoToday(), 10);
    const second = await newCase();
    const fresh = await req('POST', `/cases/${second.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary', dueOn: future });
    expect(fresh.json()).toMatchObject({ dueOn: future, overdue: false, daysLeft: 10 });
  });

  it('refuses a second open assessment of the same kind', async () => {
    const c = await newCase();
    expect((await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' })).statusCode).toBe(201);
    const again = await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('assessment_open');
  });

  it('starts the multidimensional assessment only after a completed preliminary that found complex needs', async () => {
    const c = await newCase();
    const early = await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'multidimensional' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('assessment_preliminary_required');
    expect(early.json().error.message).toMatch(/preliminare/);

    const pre = (await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' })).json();
    const noAnswer = await req('POST', `/assessments/${pre.id}/complete`, net.lead.operator.cookie, { completedOn: '2026-02-02', summary: 'Analisi', participants: ['A. Rossi'] });
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json().error.fields).toEqual([{ field: 'complexNeeds', message: expect.stringMatching(/bisogni complessi/) }]);

    const done = await req('POST', `/assessments/${pre.id}/complete`, net.lead.operator.cookie, {
      completedOn: '2026-02-02',
      summary: 'Nucleo monoparentale, bisogni su casa e lavoro',
      complexNeeds: true,
      participants: ['A. Rossi (assistente sociale)', 'B. Bianchi (educatrice)'],
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ completedOn: '2026-02-02', complexNeeds: true, overdue: false, daysLeft: null });
    const twice = await req('POST', `/assessments/${pre.id}/complete`, net.lead.operator.cookie, { completedOn: '2026-02-02', summary: 'x', complexNeeds: true, participants: ['x'] });
    expect(twice.statusCode).toBe(409);

    const multi = await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'multidimensional' });
    expect(multi.statusCode).toBe(201);
    // 2 February 2026 is a Monday: 20 working days later is Monday 2 March.
    expect(multi.json().dueOn).toBe(addWorkingDays('2026-02-02', 20));
    expect(multi.json().dueOn).toBe('2026-03-02');
  });

  it('refuses the multidimensional assessment when the preliminary found no complex needs', async () => {
    const c = await newCase();
    const pre = (await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' })).json();
    await req('POST', `/assessments/${pre.id}/complete`, net.lead.operator.cookie, { completedOn: '2026-02-02', summary: 'Bisogni semplici', complexNeeds: false, participants: ['A. Rossi'] });
    const multi = await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'multidimensional' });
    expect(multi.statusCode).toBe(400);
    expect(multi.json().error.code).toBe('assessment_preliminary_required');
  });

  it('refuses a completion date in the future', async () => {
    const c = await newCase();
    const pre = (await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' })).json();
    const future = await req('POST', `/assessments/${pre.id}/complete`, net.lead.operator.cookie, { completedOn: addDays(isoToday(), 5), summary: 'x', complexNeeds: true, participants: ['x'] });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].field).toBe('completedOn');
  });

  it('an assessment of a case the caller cannot see is a 404', async () => {
    const c = await newCase();
    const pre = (await req('POST', `/cases/${c.id}/assessments`, net.lead.operator.cookie, { kind: 'preliminary' })).json();
    const res = await req('POST', `/assessments/${pre.id}/complete`, net.other.operator.cookie, { completedOn: '2026-02-02', summary: 'x', complexNeeds: true, participants: ['x'] });
    expect(res.statusCode).toBe(404);
    const [row] = await t.db.select().from(assessments).where(eq(assessments.id, pre.id));
    expect(row!.completedOn).toBeNull();
  });
});

describe('goals', () => {
  it('adds and updates a goal; an empty change is refused', async () => {
    const c = await newCase();
    const res = await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: 'Trovare un lavoro stabile', needArea: 'work', targetDate: '2026-12-31', reviewDate: '2026-06-30' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Trovare un lavoro stabile', needArea: 'work', status: 'open' });
    const patched = await req('PATCH', `/goals/${res.json().id}`, net.lead.operator.cookie, { status: 'achieved', reviewDate: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'achieved', reviewDate: null, targetDate: '2026-12-31' });
    const empty = await req('PATCH', `/goals/${res.json().id}`, net.lead.operator.cookie, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].message).toBe('Indica almeno un campo da modificare.');
    const bad = await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: '', needArea: 'sport' });
    expect(bad.statusCode).toBe(400);
  });

  it('a goal is reached through its case: another service gets 404, and nothing changes', async () => {
    const c = await newCase();
    const goal = (await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: 'Casa' })).json();
    expect((await req('PATCH', `/goals/${goal.id}`, net.other.operator.cookie, { status: 'dropped' })).statusCode).toBe(404);
    expect((await req('POST', `/cases/${c.id}/goals`, net.other.operator.cookie, { title: 'x' })).statusCode).toBe(404);
    expect((await req('PATCH', `/goals/00000000-0000-4000-8000-000000000000`, net.lead.operator.cookie, { status: 'dropped' })).statusCode).toBe(404);
  });
});

describe('who reaches the plan', () => {
  it('the lead reads it; a participant without the plan section gets 403; another service 404; coordinators 403 by role', async () => {
    const c = await newCase();
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'needs'] });
    const lead = await req('GET', `/cases/${c.id}/plan`, net.lead.operator.cookie);
    expect(lead.statusCode).toBe(200);
    expect(lead.json()).toMatchObject({ caseId: c.id, canPlan: true, assessments: [], goals: [], interventions: [] });
    const partner = await req('GET', `/cases/${c.id}/plan`, net.partner.operator.cookie);
    expect(partner.statusCode).toBe(403);
    expect(partner.json().error.code).toBe('case_action_forbidden');
    expect((await req('POST', `/cases/${c.id}/goals`, net.partner.operator.cookie, { title: 'x' })).statusCode).toBe(403);
    expect((await req('GET', `/cases/${c.id}/plan`, net.other.operator.cookie)).statusCode).toBe(404);
    expect((await req('GET', `/cases/${c.id}/plan`, net.coordinator.cookie)).statusCode).toBe(403);
    expect((await req('GET', `/cases/${c.id}/plan`, net.platformAdmin.cookie)).statusCode).toBe(403);
  });

  it('a participant with the plan section reads and writes it', async () => {
    const c = await newCase();
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan'] });
    expect((await req('GET', `/cases/${c.id}/plan`, net.partner.operator.cookie)).statusCode).toBe(200);
    expect((await req('POST', `/cases/${c.id}/goals`, net.partner.operator.cookie, { title: 'Corso di italiano', needArea: 'language' })).statusCode).toBe(201);
  });

  it('reads and writes of the plan are in the audit log as personal data', async () => {
    const c = await newCase();
    await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: 'Casa' });
    await req('GET', `/cases/${c.id}/plan`, net.lead.operator.cookie);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, c.id), eq(auditLog.actorId, net.lead.operator.userId)));
    expect(entries.map((e) => [e.action, e.personalData])).toEqual([
      ['casework.goal.add', true],
      ['casework.plan.read', true],
    ]);
  });

  it('answers in English when asked', async () => {
    const c = await newCase();
    const res = await t.request({ method: 'POST', url: `/api/casework/cases/${c.id}/assessments`, as: net.lead.operator.cookie, payload: { kind: 'multidimensional' }, headers: { 'accept-language': 'en' } });
    expect(res.json().error.message).toBe('A multidimensional assessment starts only after a completed preliminary analysis that found complex needs.');
  });

  it('a closed case refuses plan writes with 409 but is still read', async () => {
    const c = await newCase();
    await t.db.update(cases).set({ status: 'closed', closedOn: '2026-03-01' }).where(eq(cases.id, c.id));
    const res = await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('case_closed');
    const plan = await req('GET', `/cases/${c.id}/plan`, net.lead.operator.cookie);
    expect(plan.statusCode).toBe(200);
    expect(plan.json().canPlan).toBe(false);
  });
});

describe('interventions', () => {
  it('adds support sessions, orientation, and records progress on them', async () => {
    const c = await newCase();
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan'] });
    const goal = (await req('POST', `/cases/${c.id}/goals`, net.lead.operator.cookie, { title: 'Benessere' })).json();
    const psy = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, {
      kind: 'psychosocial',
      serviceId: net.partner.serviceId,
      assignedUserId: net.partner.operator.userId,
      goalId: goal.id,
      sessionsPlanned: 10,
      startsOn: '2026-02-01',
    });
    expect(psy.statusCode).toBe(201);
    expect(psy.json()).toMatchObject({ kind: 'psychosocial', organizationId: net.partner.organizationId, serviceName: expect.any(String), assignedUserId: net.partner.operator.userId, assignedUserName: 'Test operator', sessionsPlanned: 10, sessionsHeld: null, status: 'planned' });
    const progress = await req('PATCH', `/interventions/${psy.json().id}`, net.partner.operator.cookie, { sessionsHeld: 3, status: 'in_progress' });
    expect(progress.statusCode).toBe(200);
    expect(progress.json()).toMatchObject({ sessionsHeld: 3, status: 'in_progress', sessionsPlanned: 10 });

    const edu = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, { kind: 'socio_educational', serviceId: net.lead.serviceId });
    expect(edu.json()).toMatchObject({ kind: 'socio_educational', sessionsPlanned: null });
    const ori = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, { kind: 'orientation', serviceId: net.lead.serviceId, targetService: 'Centro per l’impiego' });
    expect(ori.json()).toMatchObject({ kind: 'orientation', targetService: 'Centro per l’impiego' });
    const wrongField = await req('PATCH', `/interventions/${ori.json().id}`, net.lead.operator.cookie, { sessionsHeld: 1 });
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.fields[0].field).toBe('sessionsHeld');

    const plan = (await req('GET', `/cases/${c.id}/plan`, net.lead.operator.cookie)).json();
    expect(plan.interventions.map((i: { kind: string }) => i.kind)).toEqual(['psychosocial', 'socio_educational', 'orientation']);
  });

  it('refuses a service not taking part, a worker of another organisation, a goal of another case, an unknown kind', async () => {
    const c = await newCase();
    const other = await newCase();
    const foreignGoal = (await req('POST', `/cases/${other.id}/goals`, net.lead.operator.cookie, { title: 'x' })).json();
    const fieldOf = async (payload: object) => {
      const res = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, payload);
      expect(res.statusCode).toBe(400);
      return res.json().error.fields.map((f: { field: string }) => f.field);
    };
    expect(await fieldOf({ kind: 'orientation', serviceId: net.other.serviceId })).toEqual(['serviceId']);
    expect(await fieldOf({ kind: 'orientation', serviceId: net.lead.serviceId, assignedUserId: net.other.operator.userId })).toEqual(['assignedUserId']);
    expect(await fieldOf({ kind: 'orientation', serviceId: net.lead.serviceId, goalId: foreignGoal.id })).toEqual(['goalId']);
    expect(await fieldOf({ kind: 'karaoke', serviceId: net.lead.serviceId })).toEqual(['kind']);
    expect(await fieldOf({ kind: 'mediation', serviceId: net.lead.serviceId, language: 'arabic!', scheduledAt: 'tomorrow', place: 'x', durationMinutes: 5 })).toEqual(
      expect.arrayContaining(['language', 'scheduledAt', 'durationMinutes']),
    );
    const stored = await t.db.select().from(interventions).where(eq(interventions.caseId, c.id));
    expect(stored).toHaveLength(0);
  });
});

describe('ethnoclinical consultations', () => {
  const consultation = () => ({
    kind: 'ethnoclinical_consultation',
    serviceId: net.lead.serviceId,
    heldOn: '2026-02-10',
    participants: ['Dr.ssa Verdi (psicologa)', 'M. Haile (mediatore)'],
    discussion: 'Vissuti traumatici legati al viaggio',
    recommendations: 'Presa in carico psicologica con mediatore',
  });

  it('on a restricted case the contents are stored encrypted and shown only to who sees the health section', async () => {
    const c = await newCase('restricted');
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan', 'health'] });
    const res = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, consultation());
    expect(res.statusCode).toBe(201);
    expect(res.json().consultation).toEqual({ heldOn: '2026-02-10', participants: consultation().participants, discussion: 'Vissuti traumatici legati al viaggio', recommendations: 'Presa in carico psicologica con mediatore', hidden: false });
    expect(res.json().status).toBe('done');

    const [row] = await t.db.select().from(interventions).where(eq(interventions.id, res.json().id));
    const stored = JSON.stringify(row!.details);
    expect(stored).not.toContain('traumatici');
    expect(stored).not.toContain('psicologica');
    expect(row!.details).toHaveProperty('discussionEnc');

    // The partner is not named on the restricted case: it sees the plan with a placeholder for the clinical content.
    const partner = await req('GET', `/cases/${c.id}/plan`, net.partner.operator.cookie);
    expect(partner.statusCode).toBe(200);
    expect(partner.json().interventions[0].consultation).toMatchObject({ discussion: null, recommendations: null, hidden: true });
    expect(JSON.stringify(partner.json())).not.toContain('traumatici');
    // Not named on a restricted case: the plan is read, not changed.
    expect((await req('POST', `/cases/${c.id}/goals`, net.partner.operator.cookie, { title: 'x' })).statusCode).toBe(403);
  });

  it('on an ordinary case a participant without the health section sees a placeholder', async () => {
    const c = await newCase();
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan'] });
    await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, consultation());
    const lead = (await req('GET', `/cases/${c.id}/plan`, net.lead.operator.cookie)).json();
    expect(lead.interventions[0].consultation.discussion).toBe('Vissuti traumatici legati al viaggio');
    const partner = (await req('GET', `/cases/${c.id}/plan`, net.partner.operator.cookie)).json();
    expect(partner.interventions[0].consultation).toMatchObject({ participants: consultation().participants, discussion: null, hidden: true });
  });
});

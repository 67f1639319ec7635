import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/database';
import type { SeedContext } from '../../../platform/modules/moduleDefinition';
import { servicesOfDistrict } from '../../organizations/module';
import { demoDistrictId } from '../../territory/module';
import type { needAreas } from '../contract';
import { addDays } from './planDates';
import { unitHasRoom } from './queries/housingOccupancy';
import { mediatorBusy } from './queries/mediatorPool';
import { assessments, cases, goals, householdMembers, housingUnits, interventions, mediations, mediators, persons, placements } from './schema';

const demoMediators = [
  { displayName: 'Samira Benali', languages: ['ar', 'fr'] },
  { displayName: 'Yonas Tesfay', languages: ['ti', 'am'] },
  { displayName: 'Olena Marchenko', languages: ['uk', 'ru'] },
  { displayName: 'Arben Hoxha', languages: ['sq'] },
  { displayName: 'Rahima Begum', languages: ['bn', 'ur'] },
  { displayName: 'Imran Qureshi', languages: ['ur', 'pa', 'en'] },
  { displayName: 'Aminata Diop', languages: ['fr', 'en', 'wo'] },
];

const demoUnits = [
  { name: 'Appartamento di via Verdi', address: 'Via Verdi 12, Treviglio', capacity: 4 },
  { name: "Casa Ponti – alloggio per l'autonomia", address: 'Via Bergamo 45, Treviglio', capacity: 2 },
  { name: 'Monolocale di via Roma', address: 'Via Roma 8, Caravaggio', capacity: 1 },
];

const goalTitles: Record<(typeof needAreas)[number], string> = {
  housing: 'Trovare una soluzione abitativa stabile',
  work: 'Inserimento lavorativo con contratto',
  income: 'Accesso a una misura di sostegno al reddito',
  health: 'Presa in carico sanitaria continuativa',
  education: 'Frequenza scolastica regolare dei minori',
  violence: 'Percorso di uscita dalla violenza in sicurezza',
  legal_status: 'Rinnovo del permesso di soggiorno',
  language: 'Corso di italiano L2 fino al livello A2',
  parenting: 'Sostegno alla genitorialità',
};

const milestones = (startsOn: string) => [
  { title: "Iscrizione al centro per l'impiego", dueOn: addDays(startsOn, 60), reachedOn: null },
  { title: 'Contratto di lavoro', dueOn: addDays(startsOn, 180), reachedOn: null },
  { title: 'Ricerca di un alloggio in autonomia', dueOn: addDays(startsOn, 300), reachedOn: null },
];

/** The mediator pool and housing units of the demo district, owned by a third-sector organisation of the network. */
async function seedResources(tx: Db, districtId: string, organizationId: string) {
  const existing = await tx.select().from(mediators).where(eq(mediators.districtId, districtId));
  for (const m of demoMediators) {
    if (existing.some((e) => e.displayName === m.displayName)) continue;
    await tx.insert(mediators).values({ districtId, organizationId, displayName: m.displayName, languages: m.languages, email: `${m.displayName.split(' ')[0]!.toLowerCase()}@mediazione.demo.crocevia.it` });
  }
  const units = await tx.select().from(housingUnits).where(eq(housingUnits.districtId, districtId));
  for (const u of demoUnits) {
    if (units.some((e) => e.name === u.name)) continue;
    await tx.insert(housingUnits).values({ districtId, organizationId, ...u });
  }
}

/** Languages a case's person (or, for a household, its members) speaks, in order. */
async function languagesOf(tx: Db, c: typeof cases.$inferSelect): Promise<string[]> {
  const ids = c.personId ? [c.personId] : c.householdId ? (await tx.select({ id: householdMembers.personId }).from(householdMembers).where(eq(householdMembers.householdId, c.householdId))).map((m) => m.id) : [];
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: persons.id, languages: persons.languages }).from(persons).where(inArray(persons.id, ids)).orderBy(asc(persons.id));
  return rows.flatMap((r) => r.languages);
}

async function seedCasePlan(tx: Db, c: typeof cases.$inferSelect, index: number) {
  const by = c.ownerId;
  const [anyAssessment] = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.caseId, c.id)).limit(1);
  if (!anyAssessment) await tx.insert(assessments).values({ caseId: c.id, kind: 'preliminary', dueOn: addDays(c.openedOn, 30), createdBy: by });

  const [anyGoal] = await tx.select({ id: goals.id }).from(goals).where(eq(goals.caseId, c.id)).limit(1);
  if (!anyGoal) {
    const areas = c.needs.length ? c.needs.slice(0, 2) : (['language'] as const);
    for (const [i, area] of areas.entries()) {
      await tx.insert(goals).values({ caseId: c.id, title: goalTitles[area], needArea: area, targetDate: addDays(c.openedOn, 365), reviewDate: addDays(c.openedOn, 90 + 30 * i), createdBy: by });
    }
  }
  if (c.status === 'closed') return;

  const kinds = new Set((await tx.select({ kind: interventions.kind }).from(interventions).where(eq(interventions.caseId, c.id))).map((r) => r.kind));
  if (!kinds.has('mediation')) await seedMediation(tx, c, index);
  if (!kinds.has('housing_placement') && c.needs.includes('housing')) await seedPlacement(tx, c);
}

async function seedMediation(tx: Db, c: typeof cases.$inferSelect, index: number) {
  const pool = await tx.select().from(mediators).where(and(eq(mediators.districtId, c.districtId), eq(mediators.active, true))).orderBy(asc(mediators.displayName));
  const language = (await languagesOf(tx, c)).find((l) => pool.some((m) => m.languages.includes(l)));
  if (!language) return;
  // A weekday morning a fortnight after opening, staggered by case so the demo calendar does not pile up.
  const scheduledAt = new Date(`${addDays(c.openedOn, 14 + (index % 5))}T${String(9 + (index % 4) * 2).padStart(2, '0')}:00:00Z`);
  let mediatorId: string | null = null;
  for (const m of pool.filter((p) => p.languages.includes(language))) {
    if (!(await mediatorBusy(tx, m.id, scheduledAt, 90))) {
      mediatorId = m.id;
      break;
    }
  }
  const [iv] = await tx
    .insert(interventions)
    .values({ caseId: c.id, kind: 'mediation', serviceId: c.leadServiceId, organizationId: c.leadOrganizationId, startsOn: scheduledAt.toISOString().slice(0, 10), description: 'Colloquio di presa in carico con mediazione', createdBy: c.ownerId })
    .returning({ id: interventions.id });
  await tx.insert(mediations).values({
    interventionId: iv!.id,
    caseId: c.id,
    language,
    scheduledAt,
    place: 'Servizio sociale, piazza Manara 1, Treviglio',
    durationMinutes: 90,
    mediatorId,
    status: mediatorId ? 'assigned' : 'requested',
    requestedBy: c.ownerId,
  });
}

async function seedPlacement(tx: Db, c: typeof cases.$inferSelect) {
  const units = await tx
    .select()
    .from(housingUnits)
    .where(and(eq(housingUnits.districtId, c.districtId), eq(housingUnits.active, true), ne(housingUnits.capacity, 0)))
    .orderBy(asc(housingUnits.name));
  const startsOn = addDays(c.openedOn, 20);
  const endsOn = addDays(startsOn, 365);
  for (const unit of units) {
    if (!(await unitHasRoom(tx, unit, startsOn, endsOn))) continue;
    const [iv] = await tx
      .insert(interventions)
      .values({ caseId: c.id, kind: 'housing_placement', serviceId: c.leadServiceId, organizationId: c.leadOrganizationId, status: 'in_progress', startsOn, endsOn, description: "Accoglienza in social housing con percorso verso l'autonomia", createdBy: c.ownerId })
      .returning({ id: interventions.id });
    await tx.insert(placements).values({ interventionId: iv!.id, caseId: c.id, housingUnitId: unit.id, startsOn, endsOn, milestones: milestones(startsOn) });
    return;
  }
}

/**
 * Demo care plans: the district's mediator pool and housing units, then, for the demo cases the
 * cases seed wrote, a preliminary assessment, goals, an assigned mediation and a placement.
 * Idempotent: each part is written only where it is missing. Deterministic: no randomness, dates
 * follow each case's opening date.
 */
export async function seedPlanDemo({ db, log }: SeedContext): Promise<void> {
  const districtId = await demoDistrictId(db);
  if (!districtId) return;
  const services = await servicesOfDistrict(db, districtId);
  const owner = services.find((s) => s.organizationKind === 'third_sector' && /mediazione/i.test(s.name)) ?? services.find((s) => s.organizationKind === 'third_sector');
  if (!owner) return;
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await seedResources(tx, districtId, owner.organizationId);
    const demoCases = await tx.select().from(cases).where(eq(cases.districtId, districtId)).orderBy(asc(cases.reference));
    for (const [i, c] of demoCases.entries()) await seedCasePlan(tx, c, i);
    log(`casework: plans for ${demoCases.length} demo cases, ${demoMediators.length} mediators, ${demoUnits.length} housing units`);
  });
}

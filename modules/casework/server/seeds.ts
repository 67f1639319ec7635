import { eq } from 'drizzle-orm';
import { addGrant } from '../../../platform/access/grants';
import { hashPassword } from '../../../platform/auth/passwords';
import { createUserAccount, findUserByEmail } from '../../../platform/auth/users';
import type { Db } from '../../../platform/db/database';
import type { SeedContext } from '../../../platform/modules/moduleDefinition';
import { DEMO_PASSWORD, demoUsers, servicesOfDistrict, type ServiceInfo } from '../../organizations/module';
import { demoDistrictId, municipalityIdsOn } from '../../territory/module';
import { sections as allSections, type caseStatuses, type closureOutcomes, type needAreas, type permitTypes, type relationships, type sections } from '../contract';
import { caseEvents, caseWorkers, cases, consents, householdMembers, households, notes, participants, persons, referrals } from './schema';
import { writePersonKeys } from './commands/writePersonKeys';
import { seedPlanDemo } from './seedsPlan';
import { sealNote, sealSummary } from './caseText';
import { addDays } from './planDates';
import { isoToday } from './visibility';

type Section = (typeof sections)[number];
type Status = (typeof caseStatuses)[number];

/** The second demo operator, at the anti-violence centre, so a referral can travel between two people. */
export const DEMO_CAV_OPERATOR = { email: 'operatore.cav@demo.crocevia.it', name: 'Chiara Operatrice' };

// Services are found by the names organizations' seed gives them (organization name, service name).
const SERVICE_NAMES = {
  social: ['Comune di Treviglio – Servizi sociali', 'Servizio sociale professionale'],
  minors: ['Comune di Treviglio – Servizi sociali', 'Tutela minori'],
  mediation: ['Cooperativa sociale Ponti', 'Mediazione linguistico-culturale'],
  orientation: ['Cooperativa sociale Ponti', 'Orientamento ai servizi'],
  cav: ['Centro antiviolenza Rete Donne', 'Accoglienza e ascolto'],
} as const;
type ServiceKey = keyof typeof SERVICE_NAMES;

type DemoPerson = {
  key: string;
  givenName: string;
  familyName: string;
  nativeGivenName?: string;
  nativeFamilyName?: string;
  alternativeNames?: string[];
  sex: 'F' | 'M';
  birth: [number, number?, number?];
  birthPlace?: string;
  birthCountry: string;
  /** When it differs from the birth country (children born in Italy are not citizens by birth). */
  citizenship?: string;
  languages: string[];
  needsMediator?: boolean;
  permit?: { type: (typeof permitTypes)[number]; number: string; expiresInDays: number };
  registeredBy: ServiceKey;
};

const demoPersons: DemoPerson[] = [
  { key: 'amina', givenName: 'Amina', familyName: 'Haddad', nativeGivenName: 'أمينة', nativeFamilyName: 'حداد', alternativeNames: ['Amina Hadad'], sex: 'F', birth: [1991, 4, 12], birthPlace: 'Casablanca', birthCountry: 'MA', languages: ['ar', 'fr'], needsMediator: true, permit: { type: 'family', number: 'BG0412345', expiresInDays: 40 }, registeredBy: 'social' },
  { key: 'youssef', givenName: 'Youssef', familyName: 'Haddad', nativeGivenName: 'يوسف', nativeFamilyName: 'حداد', alternativeNames: ['Yusuf Haddad'], sex: 'M', birth: [2014, 9, 3], birthPlace: 'Casablanca', birthCountry: 'MA', languages: ['ar', 'it'], registeredBy: 'social' },
  { key: 'salma', givenName: 'Salma', familyName: 'Haddad', nativeGivenName: 'سلمى', nativeFamilyName: 'حداد', sex: 'F', birth: [2017, 2, 21], birthPlace: 'Treviglio', birthCountry: 'IT', citizenship: 'MA', languages: ['ar', 'it'], registeredBy: 'social' },
  { key: 'olena', givenName: 'Olena', familyName: 'Kovalenko', nativeGivenName: 'Олена', nativeFamilyName: 'Коваленко', alternativeNames: ['Elena Kovalenko'], sex: 'F', birth: [1986, 11, 5], birthPlace: 'Kharkiv', birthCountry: 'UA', languages: ['uk', 'ru'], needsMediator: true, permit: { type: 'special_protection', number: 'BG0398761', expiresInDays: 25 }, registeredBy: 'social' },
  { key: 'dmytro', givenName: 'Dmytro', familyName: 'Kovalenko', nativeGivenName: 'Дмитро', nativeFamilyName: 'Коваленко', alternativeNames: ['Dmitrij Kovalenko'], sex: 'M', birth: [2011, 6, 30], birthPlace: 'Kharkiv', birthCountry: 'UA', languages: ['uk', 'it'], registeredBy: 'social' },
  { key: 'mohamed', givenName: 'Mohamed', familyName: 'Diallo', alternativeNames: ['Mamadou Mohamed Diallo'], sex: 'M', birth: [1999], birthCountry: 'GN', languages: ['fr', 'ff'], needsMediator: true, permit: { type: 'asylum_application', number: 'BG0455102', expiresInDays: 120 }, registeredBy: 'social' },
  { key: 'fatima', givenName: 'Fatima Zahra', familyName: 'El Amrani', nativeGivenName: 'فاطمة الزهراء', nativeFamilyName: 'العمراني', sex: 'F', birth: [1995, 8, 17], birthPlace: 'Fès', birthCountry: 'MA', languages: ['ar', 'fr'], needsMediator: true, permit: { type: 'family', number: 'BG0470033', expiresInDays: 15 }, registeredBy: 'cav' },
  { key: 'ahmad', givenName: 'Ahmad', familyName: 'Rahimi', nativeGivenName: 'احمد', nativeFamilyName: 'رحیمی', alternativeNames: ['Ahmed Rahimi'], sex: 'M', birth: [1988, 3], birthPlace: 'Herat', birthCountry: 'AF', languages: ['fa', 'ps'], needsMediator: true, permit: { type: 'international_protection', number: 'BG0301998', expiresInDays: 700 }, registeredBy: 'social' },
  { key: 'mariam', givenName: 'Mariam', familyName: 'Tesfaye', nativeGivenName: 'ማርያም', nativeFamilyName: 'ተስፋዬ', sex: 'F', birth: [1993, 1, 9], birthPlace: 'Asmara', birthCountry: 'ER', languages: ['ti', 'ar', 'en'], permit: { type: 'international_protection', number: 'BG0287410', expiresInDays: 900 }, registeredBy: 'social' },
  { key: 'lan', givenName: 'Thi Lan', familyName: 'Nguyen', nativeGivenName: 'Thị Lan', nativeFamilyName: 'Nguyễn', sex: 'F', birth: [1980, 12, 1], birthPlace: 'Hải Phòng', birthCountry: 'VN', languages: ['vi', 'it'], permit: { type: 'eu_long_term', number: 'BG0199020', expiresInDays: 2000 }, registeredBy: 'orientation' },
  { key: 'giorgi', givenName: 'Giorgi', familyName: 'Beridze', nativeGivenName: 'გიორგი', nativeFamilyName: 'ბერიძე', sex: 'M', birth: [1979, 7, 14], birthPlace: 'Kutaisi', birthCountry: 'GE', languages: ['ka', 'ru'], permit: { type: 'work', number: 'BG0366001', expiresInDays: 55 }, registeredBy: 'social' },
  { key: 'rania', givenName: 'Rania', familyName: 'Saleh', nativeGivenName: 'رانيا', nativeFamilyName: 'صالح', sex: 'F', birth: [1990, 5, 2], birthPlace: 'Alessandria d’Egitto', birthCountry: 'EG', languages: ['ar'], needsMediator: true, permit: { type: 'family', number: 'BG0422876', expiresInDays: 300 }, registeredBy: 'social' },
  { key: 'karim', givenName: 'Karim', familyName: 'Saleh', nativeGivenName: 'كريم', nativeFamilyName: 'صالح', alternativeNames: ['Kareem Saleh'], sex: 'M', birth: [1985, 10, 19], birthPlace: 'Il Cairo', birthCountry: 'EG', languages: ['ar', 'it'], permit: { type: 'work', number: 'BG0422875', expiresInDays: 300 }, registeredBy: 'social' },
  { key: 'nour', givenName: 'Nour', familyName: 'Saleh', nativeGivenName: 'نور', nativeFamilyName: 'صالح', sex: 'F', birth: [2019, 3, 8], birthPlace: 'Treviglio', birthCountry: 'IT', citizenship: 'EG', languages: ['ar', 'it'], registeredBy: 'social' },
];

const demoHouseholds: { key: string; name: string; singleParent: boolean; members: [string, (typeof relationships)[number]][] }[] = [
  { key: 'haddad', name: 'Nucleo Haddad', singleParent: true, members: [['amina', 'head'], ['youssef', 'child'], ['salma', 'child']] },
  { key: 'kovalenko', name: 'Nucleo Kovalenko', singleParent: true, members: [['olena', 'head'], ['dmytro', 'child']] },
  { key: 'saleh', name: 'Nucleo Saleh', singleParent: false, members: [['rania', 'head'], ['karim', 'partner'], ['nour', 'child']] },
];

type DemoCase = {
  subject: { person: string } | { household: string };
  lead: ServiceKey;
  owner: 'omar' | 'chiara' | 'elena';
  status: Status;
  protection?: 'restricted';
  needs: (typeof needAreas)[number][];
  openedOn: string;
  summary: string;
  closure?: { outcome: (typeof closureOutcomes)[number]; closedOn: string; note: string };
  note?: string;
};

const demoCases: DemoCase[] = [
  { subject: { household: 'haddad' }, lead: 'social', owner: 'omar', status: 'plan', needs: ['housing', 'income', 'language', 'parenting'], openedOn: '2026-02-10', summary: "Madre sola con due figli, sfratto per morosità incolpevole; serve mediazione in arabo per i colloqui.", note: 'Primo colloquio con mediatrice: la signora chiede supporto per la scuola dei figli.' },
  { subject: { household: 'kovalenko' }, lead: 'social', owner: 'omar', status: 'active', needs: ['housing', 'work', 'language', 'legal_status'], openedOn: '2026-03-02', summary: 'Nucleo in protezione temporanea; ospitalità presso conoscenti in scadenza.' },
  { subject: { person: 'mohamed' }, lead: 'social', owner: 'omar', status: 'intake', needs: ['legal_status', 'work', 'language'], openedOn: '2026-10-28', summary: 'Richiedente asilo uscito dal CAS, senza alloggio stabile.' },
  { subject: { person: 'fatima' }, lead: 'cav', owner: 'chiara', status: 'active', protection: 'restricted', needs: ['violence', 'housing', 'legal_status'], openedOn: '2026-06-15', summary: 'Accolta in casa rifugio dopo denuncia per maltrattamenti.', note: 'Colloquio di accoglienza: la signora è al sicuro, permesso per motivi familiari da rinnovare.' },
  { subject: { person: 'ahmad' }, lead: 'social', owner: 'omar', status: 'assessment', needs: ['health', 'work'], openedOn: '2026-09-01', summary: 'Titolare di protezione internazionale, disturbi del sonno dopo il viaggio.' },
  { subject: { person: 'mariam' }, lead: 'social', owner: 'omar', status: 'closed', needs: ['work', 'language'], openedOn: '2025-05-20', summary: 'Percorso di inserimento lavorativo.', closure: { outcome: 'autonomy_reached', closedOn: '2026-04-30', note: 'Contratto a tempo indeterminato come operatrice socio-sanitaria.' } },
  { subject: { person: 'lan' }, lead: 'orientation', owner: 'elena', status: 'active', needs: ['work', 'income'], openedOn: '2026-07-07', summary: 'Perdita del lavoro dopo la chiusura del laboratorio tessile.' },
  { subject: { household: 'saleh' }, lead: 'social', owner: 'omar', status: 'intake', needs: ['parenting', 'violence'], openedOn: '2026-11-05', summary: 'Segnalazione della scuola: la madre riferisce tensioni in famiglia.' },
  { subject: { person: 'giorgi' }, lead: 'social', owner: 'omar', status: 'plan', needs: ['housing', 'health'], openedOn: '2026-04-18', summary: 'Lavoratore stagionale con problemi di salute, alloggio precario.' },
];

const STAGES: Status[] = ['intake', 'assessment', 'plan', 'active'];
const at = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);

function findService(all: ServiceInfo[], key: ServiceKey): ServiceInfo | undefined {
  const [org, name] = SERVICE_NAMES[key];
  return all.find((s) => s.organizationName === org && s.name === name);
}

/**
 * Deterministic demo caseload for the demo district: persons with names in their own scripts, three
 * households, cases in every stage (one restricted, one closed), an accepted referral and one waiting
 * in the anti-violence centre's inbox. Runs after organizations' seed; does nothing twice.
 */
export async function seedCaseworkDemo(ctx: SeedContext): Promise<void> {
  const { db, log } = ctx;
  const districtId = await demoDistrictId(db);
  if (!districtId) return;
  const [already] = await db.select({ id: cases.id }).from(cases).where(eq(cases.districtId, districtId)).limit(1);
  if (already) return;
  const all = await servicesOfDistrict(db, districtId);
  const svc = Object.fromEntries((Object.keys(SERVICE_NAMES) as ServiceKey[]).map((k) => [k, findService(all, k)])) as Record<ServiceKey, ServiceInfo | undefined>;
  if (Object.values(svc).some((s) => !s)) return;
  const service = (k: ServiceKey) => svc[k]!;
  const omar = await findUserByEmail(db, demoUsers.find((u) => u.role === 'operator')!.email);
  const elena = await findUserByEmail(db, demoUsers.find((u) => u.role === 'org_admin')!.email);
  if (!omar || !elena) return;
  const key = ctx.config.encryptionKey;
  const today = isoToday();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Residents spread over the district's municipalities, so the facts by municipality read like a real district.
  const municipalityIds = (await municipalityIdsOn(db, districtId, today)).sort();
  const municipalityOf = (i: number) => municipalityIds[i % Math.max(1, municipalityIds.length)] ?? null;

  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const chiara =
      (await findUserByEmail(tx, DEMO_CAV_OPERATOR.email)) ??
      (await createUserAccount(tx, { email: DEMO_CAV_OPERATOR.email, displayName: DEMO_CAV_OPERATOR.name, passwordHash, mustChangePassword: false, isDemo: true }));
    await addGrant(tx, { userId: chiara.id, role: 'operator', scopeKind: 'organization', scopeId: service('cav').organizationId, createdBy: null });
    const owners = { omar: omar.id, chiara: chiara.id, elena: elena.id };

    const personIds: Record<string, string> = {};
    const personMunicipality: Record<string, string | null> = {};
    for (const [index, p] of demoPersons.entries()) {
      const registrar = service(p.registeredBy);
      personMunicipality[p.key] = municipalityOf(index);
      const [row] = await tx
        .insert(persons)
        .values({
          districtId,
          registeredByOrganizationId: registrar.organizationId,
          registeredByServiceId: registrar.id,
          givenName: p.givenName,
          familyName: p.familyName,
          nativeGivenName: p.nativeGivenName ?? null,
          nativeFamilyName: p.nativeFamilyName ?? null,
          alternativeNames: p.alternativeNames ?? [],
          sex: p.sex,
          birthYear: p.birth[0],
          birthMonth: p.birth[1] ?? null,
          birthDay: p.birth[2] ?? null,
          birthPlace: p.birthPlace ?? null,
          birthCountry: p.birthCountry,
          citizenships: [p.citizenship ?? p.birthCountry],
          languages: p.languages,
          needsMediator: p.needsMediator ?? false,
          permitType: p.permit?.type ?? null,
          permitNumber: p.permit?.number ?? null,
          permitExpiresOn: p.permit ? addDays(today, p.permit.expiresInDays) : null,
          municipalityId: personMunicipality[p.key],
        })
        .returning();
      await writePersonKeys(tx, row!);
      personIds[p.key] = row!.id;
    }

    const householdIds: Record<string, string> = {};
    for (const h of demoHouseholds) {
      const [row] = await tx.insert(households).values({ districtId, registeredByOrganizationId: service('social').organizationId, name: h.name, singleParent: h.singleParent }).returning({ id: households.id });
      householdIds[h.key] = row!.id;
      await tx.insert(householdMembers).values(h.members.map(([p, relationship]) => ({ householdId: row!.id, personId: personIds[p]!, relationship })));
    }

    // A household's case counts where its first member lives.
    const residentKey = (subject: (typeof demoCases)[number]['subject']) =>
      'person' in subject ? subject.person : demoHouseholds.find((h) => h.key === subject.household)!.members[0]![0];
    const counters = new Map<string, number>();
    const caseIds: string[] = [];
    for (const c of demoCases) {
      const year = c.openedOn.slice(0, 4);
      const n = (counters.get(year) ?? 0) + 1;
      counters.set(year, n);
      const lead = service(c.lead);
      const ownerId = owners[c.owner];
      const protection = c.protection ?? 'ordinary';
      const subjectPerson = 'person' in c.subject ? personIds[c.subject.person]! : null;
      const [row] = await tx
        .insert(cases)
        .values({
          districtId,
          reference: `${year}-${String(n).padStart(6, '0')}`,
          personId: subjectPerson,
          householdId: 'household' in c.subject ? householdIds[c.subject.household]! : null,
          municipalityId: personMunicipality[residentKey(c.subject)] ?? null,
          leadServiceId: lead.id,
          leadOrganizationId: lead.organizationId,
          ownerId,
          status: c.status,
          protection,
          needs: c.needs,
          summary: sealSummary(key, protection, c.summary),
          openedOn: c.openedOn,
          closedOn: c.closure?.closedOn ?? null,
          closureOutcome: c.closure?.outcome ?? null,
          closureNote: c.closure?.note ?? null,
        })
        .returning({ id: cases.id });
      const caseId = row!.id;
      caseIds.push(caseId);
      await tx.insert(participants).values({ caseId, serviceId: lead.id, organizationId: lead.organizationId, role: 'lead', sections: [...allSections], joinedAt: at(c.openedOn) });
      await tx.insert(caseWorkers).values({ caseId, userId: ownerId, organizationId: lead.organizationId, addedBy: ownerId, addedAt: at(c.openedOn) });
      // The history walks the stages up to the current one, a week apart.
      const reached = c.status === 'closed' ? STAGES : STAGES.slice(0, STAGES.indexOf(c.status) + 1);
      const history = [{ kind: 'opened', fromStatus: null as Status | null, toStatus: 'intake' as Status, at: at(c.openedOn), note: null as string | null }];
      reached.slice(1).forEach((s, i) => history.push({ kind: 'status_changed', fromStatus: reached[i]!, toStatus: s, at: at(addDays(c.openedOn, 7 * (i + 1))), note: null }));
      if (c.closure) history.push({ kind: 'closed', fromStatus: 'active', toStatus: 'closed', at: at(c.closure.closedOn), note: c.closure.note });
      await tx.insert(caseEvents).values(history.map((e) => ({ caseId, ...e, userId: ownerId })));
      if (c.note) await tx.insert(notes).values({ caseId, section: 'notes', ...sealNote(key, protection, c.note), authorId: ownerId, authorOrganizationId: lead.organizationId, createdAt: at(addDays(c.openedOn, 2)) });
    }

    // Haddad: consent to share with the cooperative, a referral it accepted, and its mediator named on the case.
    const [haddadCase, , , , , , , salehCase] = caseIds;
    const sharedWithCoop: Section[] = ['identity', 'contacts', 'needs', 'plan'];
    const [coopConsent] = await tx
      .insert(consents)
      .values({ personId: personIds.amina!, grantedToOrganizationId: service('mediation').organizationId, purpose: 'Mediazione linguistico-culturale e progetto personalizzato', sections: sharedWithCoop, givenOn: '2026-02-12', recordedBy: omar.id })
      .returning({ id: consents.id });
    const [accepted] = await tx
      .insert(referrals)
      .values({
        caseId: haddadCase!,
        fromServiceId: service('social').id,
        fromOrganizationId: service('social').organizationId,
        toServiceId: service('mediation').id,
        toOrganizationId: service('mediation').organizationId,
        reason: 'Mediazione in arabo per i colloqui con la famiglia e con la scuola',
        basis: 'consent',
        consentId: coopConsent!.id,
        sections: sharedWithCoop,
        status: 'accepted',
        sentBy: omar.id,
        sentAt: at('2026-02-13'),
        decidedBy: elena.id,
        decidedAt: at('2026-02-16'),
      })
      .returning({ id: referrals.id });
    await tx.insert(participants).values({
      caseId: haddadCase!,
      serviceId: service('mediation').id,
      organizationId: service('mediation').organizationId,
      role: 'participant',
      sections: sharedWithCoop,
      consentId: coopConsent!.id,
      referralId: accepted!.id,
      joinedAt: at('2026-02-16'),
    });
    await tx.insert(caseWorkers).values({ caseId: haddadCase!, userId: elena.id, organizationId: service('mediation').organizationId, addedBy: omar.id, addedAt: at('2026-02-16') });

    // Saleh: a referral waiting in the anti-violence centre's inbox, on Rania's consent.
    const sharedWithCav: Section[] = ['identity', 'contacts', 'household', 'needs'];
    const [cavConsent] = await tx
      .insert(consents)
      .values({ personId: personIds.rania!, grantedToOrganizationId: service('cav').organizationId, purpose: 'Ascolto e valutazione presso il centro antiviolenza', sections: sharedWithCav, givenOn: addDays(today, -10), recordedBy: omar.id })
      .returning({ id: consents.id });
    await tx.insert(referrals).values({
      caseId: salehCase!,
      fromServiceId: service('social').id,
      fromOrganizationId: service('social').organizationId,
      toServiceId: service('cav').id,
      toOrganizationId: service('cav').organizationId,
      reason: 'Sospetta violenza domestica: ascolto e valutazione del rischio presso il centro antiviolenza',
      basis: 'consent',
      consentId: cavConsent!.id,
      sections: sharedWithCav,
      status: 'pending',
      sentBy: omar.id,
      sentAt: at(addDays(today, -9)),
    });
  });

  log(`casework: ${demoPersons.length} demo persons, ${demoHouseholds.length} households, ${demoCases.length} cases`);
  // The care plans (assessments, goals, mediations, placements) hang on the cases just written.
  await seedPlanDemo(ctx);
}

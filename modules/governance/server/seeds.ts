import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { findUserByEmail } from '../../../platform/auth/users';
import type { Db } from '../../../platform/db/database';
import type { SeedContext } from '../../../platform/modules/moduleDefinition';
import { demoUsers, servicesOfDistrict } from '../../organizations/module';
import { demoDistrictId } from '../../territory/module';
import {
  actionItems,
  agendaItems,
  agreementParties,
  agreements,
  attendance,
  decisions,
  meetings,
  minutes,
  minutesItems,
  minutesVersions,
  networkOrganizations,
  networks,
  roundtableMembers,
  roundtables,
} from './schema';
import { addDays } from './network/dates';

/** The demo organisations by the names organizations' seed gives them. */
const ORG_NAMES = {
  udp: 'Ufficio di Piano – Ambito di Treviglio',
  comune: 'Comune di Treviglio – Servizi sociali',
  asst: 'ASST Bergamo Ovest – Consultorio familiare',
  school: 'Istituto comprensivo di Treviglio',
  prefettura: 'Prefettura di Bergamo – UTG',
  questura: 'Questura di Bergamo – Ufficio immigrazione',
  coop: 'Cooperativa sociale Ponti',
  cav: 'Centro antiviolenza Rete Donne',
  cas: 'Associazione Approdo – ente gestore CAS',
  uni: 'Università degli Studi – Laboratorio di ricerca sociale',
} as const;
type OrgKey = keyof typeof ORG_NAMES;

export const DEMO_NETWORK_NAME = "Rete territoriale dell'Ambito di Treviglio";

/** When each organisation joined the district network: later joiners make the network's trend move. */
const JOINED: Record<OrgKey, number> = { udp: -900, comune: -900, asst: -800, school: -700, prefettura: -600, questura: -600, coop: -900, cav: -250, cas: -150, uni: -60 };

const userEmail = (role: string) => demoUsers.find((u) => u.role === role)?.email;
const at = (day: string, time: string) => new Date(`${day}T${time}:00Z`);

/**
 * Deterministic demo data for governance, dated from today so the dashboard always has something to show:
 * the district network, a quarterly regional working table coordinated by the planning office, a co-action
 * table coordinated by the Prefettura, past meetings with attendance, approved minutes with two decisions
 * and three action items (one overdue), the next meeting with its agenda, and a memorandum expiring within
 * 45 days with an obligation. Runs once: nothing is written when the demo network exists.
 */
export async function seedGovernanceDemo({ db, log }: SeedContext): Promise<void> {
  const districtId = await demoDistrictId(db);
  if (!districtId) return;
  const [already] = await db.select({ id: networks.id }).from(networks).where(and(eq(networks.districtId, districtId), eq(networks.name, DEMO_NETWORK_NAME))).limit(1);
  if (already) return;
  const services = await servicesOfDistrict(db, districtId);
  const org = {} as Record<OrgKey, string>;
  for (const key of Object.keys(ORG_NAMES) as OrgKey[]) {
    const found = services.find((s) => s.organizationName === ORG_NAMES[key]);
    if (!found) return; // the organisations' demo is not there
    org[key] = found.organizationId;
  }
  const user = async (role: string) => {
    const email = userEmail(role);
    return email ? ((await findUserByEmail(db, email))?.id ?? null) : null;
  };
  const [coordinator, operator, orgAdmin, inspector] = [await user('district_coordinator'), await user('operator'), await user('org_admin'), await user('inspector')];
  const today = new Date().toISOString().slice(0, 10);
  const day = (offset: number) => addDays(today, offset);

  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;

    // ---- the district network ----
    const [network] = await tx
      .insert(networks)
      .values({ name: DEMO_NETWORK_NAME, description: "Enti pubblici e del terzo settore che collaborano nell'ambito (dati demo).", districtId })
      .returning({ id: networks.id });
    await tx.insert(networkOrganizations).values((Object.keys(org) as OrgKey[]).map((k) => ({ networkId: network!.id, organizationId: org[k], joinedOn: day(JOINED[k]) })));

    // ---- the regional working table, quarterly, coordinated by the planning office ----
    const [regional] = await tx
      .insert(roundtables)
      .values({
        networkId: network!.id,
        districtId,
        kind: 'regional_working_table',
        name: 'Tavolo regionale di lavoro – Inclusione dei cittadini di Paesi terzi',
        mandate: "Coordinare i servizi dell'ambito per l'inclusione dei cittadini di Paesi terzi; si riunisce ogni trimestre.",
        coordinatingOrganizationId: org.udp,
        quorumRule: 'majority',
      })
      .returning({ id: roundtables.id });
    const regionalSeats: { key: OrgKey; role: 'chair' | 'secretary' | 'member'; delegate: string | null; person: string }[] = [
      { key: 'udp', role: 'chair', delegate: coordinator, person: 'Carlo Coordinatore' },
      { key: 'comune', role: 'secretary', delegate: operator, person: 'Omar Operatore' },
      { key: 'coop', role: 'member', delegate: orgAdmin, person: 'Elena Referente' },
      { key: 'asst', role: 'member', delegate: null, person: 'Giulia Bianchi' },
    ];
    const regionalMembers = await tx
      .insert(roundtableMembers)
      .values(regionalSeats.map((s) => ({ roundtableId: regional!.id, organizationId: org[s.key], delegateUserId: s.delegate, role: s.role, mandateFrom: day(-720) })))
      .returning({ id: roundtableMembers.id, organizationId: roundtableMembers.organizationId });

    // ---- the co-action table, coordinated by the Prefettura ----
    const [coAction] = await tx
      .insert(roundtables)
      .values({
        networkId: network!.id,
        districtId,
        kind: 'co_action_table',
        name: 'Tavolo di co-azione per l’accoglienza',
        mandate: 'Raccordo tra Prefettura, Questura, enti gestori e servizi sociali sulla prima accoglienza.',
        coordinatingOrganizationId: org.prefettura,
        quorumRule: 'none',
      })
      .returning({ id: roundtables.id });
    const coActionSeats: { key: OrgKey; role: 'chair' | 'member'; delegate: string | null; person: string }[] = [
      { key: 'prefettura', role: 'chair', delegate: inspector, person: 'Irene Ispettrice' },
      { key: 'questura', role: 'member', delegate: null, person: 'Marco Rossi' },
      { key: 'cas', role: 'member', delegate: null, person: 'Sara Conti' },
      { key: 'comune', role: 'member', delegate: operator, person: 'Omar Operatore' },
    ];
    const coActionMembers = await tx
      .insert(roundtableMembers)
      .values(coActionSeats.map((s) => ({ roundtableId: coAction!.id, organizationId: org[s.key], delegateUserId: s.delegate, role: s.role, mandateFrom: day(-400) })))
      .returning({ id: roundtableMembers.id, organizationId: roundtableMembers.organizationId });

    type Seat = { key: OrgKey; person: string };
    const meeting = async (roundtableId: string, title: string, offset: number, place: string) => {
      const [m] = await tx
        .insert(meetings)
        .values({ roundtableId, title, startsAt: at(day(offset), '08:30'), endsAt: at(day(offset), '10:30'), mode: 'hybrid', place, status: offset < 0 ? 'held' : 'scheduled', checkInToken: randomUUID(), createdBy: coordinator })
        .returning({ id: meetings.id });
      return m!.id;
    };
    const register = async (meetingId: string, seats: Seat[], members: { id: string; organizationId: string | null }[], statuses: ('present' | 'absent' | 'excused' | 'delegated')[]) => {
      await tx.insert(attendance).values(
        seats.map((s, i) => ({
          meetingId,
          memberId: members.find((m) => m.organizationId === org[s.key])!.id,
          organizationId: org[s.key],
          personName: s.person,
          status: statuses[i]!,
          delegatedTo: statuses[i] === 'delegated' ? 'Un collega delegato' : null,
        })),
      );
    };

    // Two past quarterly meetings and the next one.
    const first = await meeting(regional!.id, 'Seduta del tavolo regionale', -182, 'Sala consiliare, Treviglio');
    await register(first, regionalSeats, regionalMembers, ['present', 'present', 'present', 'absent']);
    const second = await meeting(regional!.id, 'Seduta del tavolo regionale', -91, 'Sala consiliare, Treviglio');
    await register(second, regionalSeats, regionalMembers, ['present', 'delegated', 'present', 'excused']);
    const next = await meeting(regional!.id, 'Seduta del tavolo regionale', 21, 'Sala consiliare, Treviglio');

    // Approved minutes of the first meeting (approved at the second), two decisions, three action items.
    const [mins] = await tx
      .insert(minutes)
      .values({ meetingId: first, roundtableId: regional!.id, status: 'approved', circulatedAt: at(day(-170), '09:00'), approvedAt: at(day(-91), '10:00'), approvedAtMeetingId: second, lockedAt: at(day(-91), '10:00'), createdBy: coordinator })
      .returning({ id: minutes.id });
    const [itemMap, itemPlan] = await tx
      .insert(minutesItems)
      .values([
        { minutesId: mins!.id, position: 1, title: 'Mappatura dei servizi per i cittadini di Paesi terzi', summary: 'Il tavolo ha esaminato la prima mappatura dei servizi e ne ha chiesto il completamento.' },
        { minutesId: mins!.id, position: 2, title: 'Piano di formazione congiunta', summary: 'Proposto un percorso di formazione comune per operatori dei servizi e del terzo settore.' },
      ])
      .returning({ id: minutesItems.id });
    const [decisionMap, decisionPlan] = await tx
      .insert(decisions)
      .values([
        { roundtableId: regional!.id, minutesId: mins!.id, minutesItemId: itemMap!.id, number: 1, text: 'Completare la mappatura dei servizi entro la prossima seduta.', outcome: 'approved', votesFor: 3, votesAgainst: 0, votesAbstained: 0 },
        { roundtableId: regional!.id, minutesId: mins!.id, minutesItemId: itemPlan!.id, number: 2, text: 'Approvare il piano di formazione congiunta per il prossimo anno.', outcome: 'approved', votesFor: 3, votesAgainst: 0, votesAbstained: 0 },
      ])
      .returning({ id: decisions.id });
    const [overdue] = await tx
      .insert(actionItems)
      .values([
        { roundtableId: regional!.id, minutesId: mins!.id, minutesItemId: itemMap!.id, decisionId: decisionMap!.id, title: 'Completare la mappatura dei servizi', ownerOrganizationId: org.coop, ownerUserId: orgAdmin, dueDate: day(-14), status: 'open', createdBy: coordinator },
        { roundtableId: regional!.id, minutesId: mins!.id, minutesItemId: itemPlan!.id, decisionId: decisionPlan!.id, title: 'Calendarizzare i moduli di formazione', ownerOrganizationId: org.udp, ownerUserId: coordinator, dueDate: day(45), status: 'in_progress', createdBy: coordinator },
        { roundtableId: regional!.id, minutesId: mins!.id, minutesItemId: itemPlan!.id, decisionId: decisionPlan!.id, title: 'Raccogliere i fabbisogni formativi degli enti', ownerOrganizationId: org.comune, ownerUserId: operator, dueDate: day(-100), status: 'done', completedAt: at(day(-105), '12:00'), createdBy: coordinator },
      ])
      .returning({ id: actionItems.id });
    await tx.insert(minutesVersions).values({
      minutesId: mins!.id,
      version: 1,
      reason: null,
      createdBy: coordinator,
      snapshot: {
        items: [
          { title: 'Mappatura dei servizi per i cittadini di Paesi terzi', position: 1 },
          { title: 'Piano di formazione congiunta', position: 2 },
        ],
        decisions: [
          { number: 1, text: 'Completare la mappatura dei servizi entro la prossima seduta.', outcome: 'approved' },
          { number: 2, text: 'Approvare il piano di formazione congiunta per il prossimo anno.', outcome: 'approved' },
        ],
      },
    });

    // The next meeting's agenda, with the overdue item carried over.
    await tx.insert(agendaItems).values([
      { meetingId: next, position: 1, kind: 'item', title: 'Comunicazioni del coordinatore', presenter: 'Carlo Coordinatore', durationMinutes: 10 },
      { meetingId: next, position: 2, kind: 'action_review', title: 'Completare la mappatura dei servizi', actionItemId: overdue!.id, durationMinutes: 15 },
      { meetingId: next, position: 3, kind: 'item', title: 'Rinnovo del protocollo d’intesa per l’accoglienza', presenter: 'Ufficio di Piano', durationMinutes: 30 },
      { meetingId: next, position: 4, kind: 'item', title: 'Varie ed eventuali', durationMinutes: 10 },
    ]);

    // The co-action table: one past meeting and the next.
    const coPast = await meeting(coAction!.id, 'Riunione del tavolo di co-azione', -60, 'Prefettura di Bergamo');
    await register(coPast, coActionSeats, coActionMembers, ['present', 'present', 'absent', 'present']);
    await meeting(coAction!.id, 'Riunione del tavolo di co-azione', 35, 'Prefettura di Bergamo');

    // ---- the memorandum, expiring within 45 days, with an obligation ----
    const [memo] = await tx
      .insert(agreements)
      .values({
        kind: 'memorandum',
        title: 'Protocollo d’intesa per l’accoglienza e l’inclusione',
        subject: 'Impegni reciproci di Prefettura, Comune, Ufficio di Piano ed enti del terzo settore su accoglienza, orientamento e mediazione.',
        networkId: network!.id,
        roundtableId: coAction!.id,
        districtId,
        keeperOrganizationId: org.udp,
        signedOn: day(-690),
        validFrom: day(-690),
        validTo: day(40),
        renewalNoticeDays: 60,
        createdBy: coordinator,
      })
      .returning({ id: agreements.id });
    await tx.insert(agreementParties).values(
      (['udp', 'prefettura', 'comune', 'coop', 'cas'] as OrgKey[]).map((k) => ({ agreementId: memo!.id, organizationId: org[k], signatoryName: null, signatoryRole: k === 'prefettura' ? 'Prefetto' : 'Legale rappresentante' })),
    );
    await tx.insert(actionItems).values({ agreementId: memo!.id, title: 'Relazione annuale di monitoraggio del protocollo', ownerOrganizationId: org.udp, ownerUserId: coordinator, dueDate: day(30), status: 'open', createdBy: coordinator });
  });
  log('governance: demo network, 2 round tables, 5 meetings, approved minutes, 1 agreement');
}

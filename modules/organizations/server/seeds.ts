import { eq } from 'drizzle-orm';
import { addGrant } from '../../../platform/access/grants';
import type { Role } from '../../../platform/access/roles';
import { hashPassword } from '../../../platform/auth/passwords';
import { createUserAccount, findUserByEmail } from '../../../platform/auth/users';
import type { Db } from '../../../platform/db/database';
import type { SeedContext } from '../../../platform/modules/moduleDefinition';
import { demoDistrictId } from '../../territory/module';
import { helpDesks, organizations, services, staff, type organizationKinds } from './schema';

export const DEMO_PASSWORD = 'crocevia-demo-2026';

type DemoOrg = { key: string; name: string; kind: (typeof organizationKinds)[number]; sector: 'public' | 'third_sector' | 'private'; services: string[] };

const demoOrganizations: DemoOrg[] = [
  { key: 'udp', name: 'Ufficio di Piano – Ambito di Treviglio', kind: 'planning_office', sector: 'public', services: ['Segretariato sociale', 'Programmazione zonale'] },
  { key: 'comune', name: 'Comune di Treviglio – Servizi sociali', kind: 'municipality', sector: 'public', services: ['Servizio sociale professionale', 'Tutela minori'] },
  { key: 'asst', name: 'ASST Bergamo Ovest – Consultorio familiare', kind: 'health_authority', sector: 'public', services: ['Consultorio familiare', 'Neuropsichiatria infantile'] },
  { key: 'school', name: 'Istituto comprensivo di Treviglio', kind: 'school', sector: 'public', services: ['Sportello di ascolto'] },
  { key: 'prefettura', name: 'Prefettura di Bergamo – UTG', kind: 'prefecture', sector: 'public', services: ['Area immigrazione', 'Ispezioni centri di accoglienza'] },
  { key: 'questura', name: 'Questura di Bergamo – Ufficio immigrazione', kind: 'police_headquarters', sector: 'public', services: ['Permessi di soggiorno'] },
  { key: 'coop', name: 'Cooperativa sociale Ponti', kind: 'third_sector', sector: 'third_sector', services: ['Mediazione linguistico-culturale', 'Orientamento ai servizi', 'Social housing'] },
  { key: 'cav', name: 'Centro antiviolenza Rete Donne', kind: 'anti_violence_centre', sector: 'third_sector', services: ['Accoglienza e ascolto', 'Casa rifugio'] },
  { key: 'cas', name: 'Associazione Approdo – ente gestore CAS', kind: 'reception_operator', sector: 'third_sector', services: ['Centro di accoglienza straordinaria'] },
  { key: 'uni', name: 'Università degli Studi – Laboratorio di ricerca sociale', kind: 'university', sector: 'public', services: ['Formazione e ricerca-azione'] },
];

type DemoUser = { email: string; name: string; role: Role; scope: 'platform' | 'district' | string; jobTitle?: string };

/** One user per role, so every screen can be tried; the organisation key names the role's scope. */
export const demoUsers: DemoUser[] = [
  { email: 'admin@demo.crocevia.it', name: 'Anna Amministratrice', role: 'platform_admin', scope: 'platform' },
  { email: 'coordinatore@demo.crocevia.it', name: 'Carlo Coordinatore', role: 'district_coordinator', scope: 'district', jobTitle: "Responsabile dell'Ufficio di Piano" },
  { email: 'analista@demo.crocevia.it', name: 'Alice Analista', role: 'analyst', scope: 'district' },
  { email: 'amministratore.ente@demo.crocevia.it', name: 'Elena Referente', role: 'org_admin', scope: 'coop', jobTitle: 'Coordinatrice di servizi' },
  { email: 'operatore@demo.crocevia.it', name: 'Omar Operatore', role: 'operator', scope: 'comune', jobTitle: 'Assistente sociale' },
  { email: 'ispettore@demo.crocevia.it', name: 'Irene Ispettrice', role: 'inspector', scope: 'prefettura', jobTitle: 'Funzionaria area immigrazione' },
  { email: 'formatore@demo.crocevia.it', name: 'Franco Formatore', role: 'trainer', scope: 'uni', jobTitle: 'Formatore e facilitatore' },
  { email: 'lettore@demo.crocevia.it', name: 'Laura Lettrice', role: 'viewer', scope: 'udp' },
];

export async function seedOrganizationsDemo({ db, log }: SeedContext): Promise<void> {
  const districtId = await demoDistrictId(db);
  if (!districtId) return;
  const [already] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.isDemo, true)).limit(1);
  if (already) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const ids: Record<string, string> = {};
    for (const o of demoOrganizations) {
      const [row] = await tx
        .insert(organizations)
        .values({ name: o.name, kind: o.kind, sector: o.sector, districtId, isDemo: true, email: `${o.key}@demo.crocevia.it`, description: 'Ente dimostrativo (dati demo).' })
        .returning({ id: organizations.id });
      ids[o.key] = row!.id;
      for (const name of o.services) {
        const [svc] = await tx.insert(services).values({ organizationId: row!.id, name }).returning({ id: services.id });
        if (name === o.services[0]) await tx.insert(helpDesks).values({ organizationId: row!.id, serviceId: svc!.id, name: `Sportello ${name}`, openingHours: 'Lun–Ven 9:00–12:30' });
      }
    }
    for (const u of demoUsers) {
      const user = (await findUserByEmail(tx, u.email)) ?? (await createUserAccount(tx, { email: u.email, displayName: u.name, passwordHash, mustChangePassword: false, isDemo: true }));
      const scopeKind = u.scope === 'platform' ? 'platform' : u.scope === 'district' ? 'district' : 'organization';
      const scopeId = scopeKind === 'platform' ? null : scopeKind === 'district' ? districtId : ids[u.scope]!;
      await addGrant(tx, { userId: user.id, role: u.role, scopeKind, scopeId, createdBy: null });
      const orgId = scopeKind === 'organization' ? scopeId! : scopeKind === 'district' ? ids.udp! : null;
      if (orgId) await tx.insert(staff).values({ organizationId: orgId, userId: user.id, jobTitle: u.jobTitle ?? null, validFrom: '2024-01-01' });
    }
  });
  log(`organizations: ${demoOrganizations.length} demo organisations, ${demoUsers.length} demo users`);
}

/**
 * A generated district for the casework benchmark: persons with realistic names (Italian, and real
 * Arabic and Cyrillic names under their Latin spellings from ../shared/data/names), varied and
 * partial birth dates, their blocking keys, and cases led by ~30 services with participants and
 * named workers. Written with multi-row INSERTs in batches of 5,000–10,000 rows; seeded, so every run holds the same names.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database';
import { blockingKeys } from '../modules/linkage/module';
import { loadVariantGroups, seededRandom, type VariantGroup } from '../modules/linkage/server/matching/quality/nameVariants';
import { organizationsTesting } from '../modules/organizations/module';
import { sections as allSections, needAreas, caseStatuses } from '../modules/casework/contract';
import { matchRecord, searchNameOf } from '../modules/casework/server/commands/writePersonKeys';

export type DistrictSize = { persons: number; cases: number; organizations: number; servicesPerOrganization: number; workersPerService: number };
export const FULL_SIZE: DistrictSize = { persons: 200_000, cases: 100_000, organizations: 15, servicesPerOrganization: 2, workersPerService: 8 };

const ITALIAN_GIVEN = [
  'Giuseppe', 'Maria', 'Giovanni', 'Anna', 'Antonio', 'Francesca', 'Mario', 'Giulia', 'Luigi', 'Chiara', 'Francesco', 'Sara', 'Angelo',
  'Paola', 'Vincenzo', 'Laura', 'Pietro', 'Rosa', 'Salvatore', 'Angela', 'Carlo', 'Giovanna', 'Franco', 'Teresa', 'Domenico', 'Lucia',
  'Bruno', 'Carla', 'Paolo', 'Elena', 'Michele', 'Silvia', 'Giorgio', 'Valentina', 'Aldo', 'Federica', 'Sergio', 'Alessandra', 'Luca',
  'Martina', 'Marco', 'Elisa', 'Andrea', 'Simona', 'Stefano', 'Roberta', 'Alessandro', 'Cristina', 'Matteo', 'Beatrice',
];
const ITALIAN_FAMILY = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
  'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi',
  'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola',
  'De Santis', "D'Angelo", 'Marchetti', 'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso',
  'Valentini', 'Messina', 'Sala', 'De Angelis', 'Gatti', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Rizzi', 'Monti',
];

/** One generated person, kept in memory so the benchmark can draw realistic queries about them. */
export type GeneratedPerson = { id: string; organizationIndex: number; given: string; family: string; givenGroup: VariantGroup | null; familyGroup: VariantGroup | null; birthYear: number };
export type GeneratedDistrict = {
  districtId: string;
  organizations: { id: string; services: string[]; workers: string[][] }[];
  persons: GeneratedPerson[];
  caseCount: number;
};

const namesFile = (script: string) => fileURLToPath(new URL(`../../shared/data/names/${script}-latin.dev.tsv`, import.meta.url));
const capitalise = (s: string) => s.replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * Multi-row INSERT of a batch passed as one JSON parameter (jsonb_to_recordset): one bind value per
 * batch instead of one per cell, the same on PGlite and node-postgres. Keys are column names.
 */
async function bulkInsert(db: Db, table: string, columns: Record<string, string>, rows: Record<string, unknown>[], batchSize: number, conflict = ''): Promise<void> {
  const names = Object.keys(columns).join(', ');
  const types = Object.entries(columns).map(([name, type]) => `${name} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = JSON.stringify(rows.slice(i, i + batchSize));
    await db.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${batch}::jsonb) as x(${sql.raw(types)}) ${sql.raw(conflict)}`);
  }
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export async function generateDistrict(db: Db, size: DistrictSize, log: (line: string) => void, seed = 20_261_123): Promise<GeneratedDistrict> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const one = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const arabic = loadVariantGroups(namesFile('arabic'));
  const cyrillic = loadVariantGroups(namesFile('cyrillic'));
  const districtId = randomUUID();

  const organizations: GeneratedDistrict['organizations'] = [];
  for (let o = 0; o < size.organizations; o++) {
    const org = await organizationsTesting.createTestOrganization(db, { name: `Ente ${o + 1}`, districtId: null });
    const services: string[] = [];
    for (let s = 0; s < size.servicesPerOrganization; s++) services.push((await organizationsTesting.createTestService(db, org.id, `Servizio ${o + 1}.${s + 1}`)).id);
    organizations.push({ id: org.id, services, workers: services.map(() => Array.from({ length: size.workersPerService }, () => randomUUID())) });
  }

  const started = Date.now();
  const people: GeneratedPerson[] = [];
  const personRows: Record<string, unknown>[] = [];
  const keyRows: Record<string, unknown>[] = [];
  for (let i = 0; i < size.persons; i++) {
    const origin = random();
    let given: string;
    let family: string;
    let givenGroup: VariantGroup | null = null;
    let familyGroup: VariantGroup | null = null;
    if (origin < 0.45) {
      given = one(ITALIAN_GIVEN);
      family = one(ITALIAN_FAMILY);
    } else {
      const groups = origin < 0.75 ? arabic : cyrillic;
      givenGroup = one(groups);
      familyGroup = one(groups);
      given = capitalise(one(givenGroup.spellings));
      family = capitalise(one(familyGroup.spellings));
    }
    // Birth dates: full (70%), month and year (20%), year only (10%); ages 0 to 85.
    const birthYear = 1940 + int(85);
    const precision = random();
    const birthMonth = precision < 0.9 ? 1 + int(12) : null;
    const birthDay = precision < 0.7 ? 1 + int(28) : null;
    const organizationIndex = int(organizations.length);
    const org = organizations[organizationIndex]!;
    const id = randomUUID();
    const row = {
      id,
      districtId,
      registeredByOrganizationId: org.id,
      registeredByServiceId: one(org.services),
      givenName: given,
      familyName: family,
      sex: random() < 0.5 ? ('F' as const) : ('M' as const),
      birthYear,
      birthMonth,
      birthDay,
      citizenships: [origin < 0.45 ? 'IT' : origin < 0.75 ? one(['MA', 'TN', 'EG', 'SY', 'DZ']) : one(['UA', 'RU', 'MD', 'BY'])],
      alternativeNames: [] as string[],
      nativeGivenName: null,
      nativeFamilyName: null,
      taxCode: null,
    };
    personRows.push({
      id,
      district_id: districtId,
      registered_by_organization_id: row.registeredByOrganizationId,
      registered_by_service_id: row.registeredByServiceId,
      given_name: given,
      family_name: family,
      sex: row.sex,
      birth_year: birthYear,
      birth_month: birthMonth,
      birth_day: birthDay,
      citizenships: row.citizenships,
      search_name: searchNameOf(row),
    });
    for (const key of blockingKeys(matchRecord(row))) keyRows.push({ person_id: id, key });
    people.push({ id, organizationIndex, given, family, givenGroup, familyGroup, birthYear });
  }
  log(`    generated ${people.length.toLocaleString('en-US')} persons and ${keyRows.length.toLocaleString('en-US')} blocking keys in memory (${Date.now() - started} ms)`);

  let t = Date.now();
  await bulkInsert(
    db,
    'casework_persons',
    {
      id: 'uuid',
      district_id: 'uuid',
      registered_by_organization_id: 'uuid',
      registered_by_service_id: 'uuid',
      given_name: 'text',
      family_name: 'text',
      sex: 'text',
      birth_year: 'int',
      birth_month: 'int',
      birth_day: 'int',
      citizenships: 'jsonb',
      search_name: 'text',
    },
    personRows,
    5_000,
  );
  log(`    persons inserted in ${Date.now() - t} ms`);
  t = Date.now();
  await bulkInsert(db, 'casework_person_keys', { person_id: 'uuid', key: 'text' }, keyRows, 10_000, 'on conflict do nothing');
  log(`    blocking keys inserted in ${Date.now() - t} ms`);

  // Cases: a person each (some persons have two or more), led by one of the ~30 services, owner named;
  // a third have a partner service joined by referral, one in ten a second one; one in ten is restricted.
  t = Date.now();
  const caseRows: Record<string, unknown>[] = [];
  const participantRows: Record<string, unknown>[] = [];
  const workerRows: Record<string, unknown>[] = [];
  for (let i = 0; i < size.cases; i++) {
    const person = one(people);
    // Most cases are led by the service that registered the person.
    const leadOrgIndex = random() < 0.8 ? person.organizationIndex : int(organizations.length);
    const leadOrg = organizations[leadOrgIndex]!;
    const serviceIndex = int(leadOrg.services.length);
    const leadServiceId = leadOrg.services[serviceIndex]!;
    const workers = leadOrg.workers[serviceIndex]!;
    const ownerId = one(workers);
    const openedYear = 2019 + int(8);
    const openedOn = iso(openedYear, 1 + int(12), 1 + int(28));
    const status = random() < 0.4 ? 'closed' : one(caseStatuses.filter((s) => s !== 'closed'));
    const id = randomUUID();
    caseRows.push({
      id,
      district_id: districtId,
      reference: `${openedYear}-${String(i + 1).padStart(6, '0')}`,
      person_id: person.id,
      lead_service_id: leadServiceId,
      lead_organization_id: leadOrg.id,
      owner_id: ownerId,
      status,
      protection: random() < 0.1 ? 'restricted' : 'ordinary',
      needs: [...new Set([one(needAreas), one(needAreas)])],
      opened_on: openedOn,
      closed_on: status === 'closed' ? iso(Math.min(openedYear + 1, 2026), 1 + int(12), 1 + int(28)) : null,
      closure_outcome: status === 'closed' ? 'autonomy_reached' : null,
    });
    participantRows.push({ id: randomUUID(), case_id: id, service_id: leadServiceId, organization_id: leadOrg.id, role: 'lead', sections: [...allSections], until: null });
    workerRows.push({ case_id: id, user_id: ownerId, organization_id: leadOrg.id, added_by: ownerId });
    const second = one(workers);
    if (second !== ownerId && random() < 0.3) workerRows.push({ case_id: id, user_id: second, organization_id: leadOrg.id, added_by: ownerId });
    const partners = random() < 0.3 ? (random() < 0.33 ? 2 : 1) : 0;
    for (let p = 0; p < partners; p++) {
      const partnerIndex = int(organizations.length);
      if (partnerIndex === leadOrgIndex) continue;
      const partner = organizations[partnerIndex]!;
      const partnerService = int(partner.services.length);
      participantRows.push({
        id: randomUUID(),
        case_id: id,
        service_id: partner.services[partnerService]!,
        organization_id: partner.id,
        role: 'participant',
        sections: random() < 0.5 ? ['identity', 'needs'] : ['identity', 'contacts', 'needs', 'plan'],
        until: random() < 0.2 ? iso(2027, 1 + int(12), 1 + int(28)) : null,
      });
      if (random() < 0.5) workerRows.push({ case_id: id, user_id: one(partner.workers[partnerService]!), organization_id: partner.id, added_by: ownerId });
    }
  }
  await bulkInsert(
    db,
    'casework_cases',
    {
      id: 'uuid',
      district_id: 'uuid',
      reference: 'text',
      person_id: 'uuid',
      lead_service_id: 'uuid',
      lead_organization_id: 'uuid',
      owner_id: 'uuid',
      status: 'text',
      protection: 'text',
      needs: 'jsonb',
      opened_on: 'date',
      closed_on: 'date',
      closure_outcome: 'text',
    },
    caseRows,
    5_000,
  );
  const participantColumns = { id: 'uuid', case_id: 'uuid', service_id: 'uuid', organization_id: 'uuid', role: 'text', sections: 'jsonb', until: 'date' };
  await bulkInsert(db, 'casework_participants', participantColumns, participantRows, 5_000);
  await bulkInsert(db, 'casework_case_workers', { case_id: 'uuid', user_id: 'uuid', organization_id: 'uuid', added_by: 'uuid' }, workerRows, 10_000, 'on conflict do nothing');
  log(`    ${caseRows.length.toLocaleString('en-US')} cases, ${participantRows.length.toLocaleString('en-US')} participants, ${workerRows.length.toLocaleString('en-US')} named workers inserted in ${Date.now() - t} ms`);
  return { districtId, organizations, persons: people, caseCount: caseRows.length };
}

import { sql, type SQL } from 'drizzle-orm';
import type { citizenshipGroups } from '../../contract/facts';

type Group = (typeof citizenshipGroups)[number];

// ISO 3166-1 alpha-2 codes per group, following ISTAT's continents (Caucasus and Cyprus as ISTAT places them).
// Nationality leaves the module only as one of these groups: single countries would single people out.
const COUNTRIES: Record<Exclude<Group, 'stateless_unknown'>, string> = {
  eu: 'AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE HU',
  europe_non_eu: 'AL AD BY BA FO GI IS IM XK LI MD MC ME MK NO RU SM RS CH TR UA GB VA GG JE SJ AX',
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  asia: 'AF AM AZ BH BD BT BN KH CN GE HK MO IN ID IR IQ IL JP JO KZ KW KG LA LB MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TM AE UZ VN YE',
  americas:
    'AI AG AR AW BS BB BZ BM BO BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SR TT TC US UY VE VG VI BQ SX',
  oceania: 'AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF',
};

const byCode = new Map<string, Group>(Object.entries(COUNTRIES).flatMap(([group, codes]) => codes.split(' ').map((c) => [c, group as Group])));

/** The group of one citizenship code; anything unknown (stateless, XX, missing) is 'stateless_unknown'. */
export function citizenshipGroup(code: string | null | undefined): Group {
  return (code && byCode.get(code.trim().toUpperCase())) || 'stateless_unknown';
}

/** The same mapping as a SQL expression over a code expression, so medians can be grouped in the database. */
export function citizenshipGroupSql(code: SQL): SQL {
  const branches = Object.entries(COUNTRIES).map(([group, codes]) => sql`when ${code} in (${sql.join(codes.split(' ').map((c) => sql`${c}`), sql`, `)}) then ${group}`);
  return sql`(case ${sql.join(branches, sql` `)} else 'stateless_unknown' end)`;
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../../../../platform/web';

/** ISO 3166-1 alpha-2 codes; their names come from the browser (Intl.DisplayNames), in the UI language. */
const COUNTRIES =
  'AF AX AL DZ AS AD AO AI AQ AG AR AM AW AU AT AZ BS BH BD BB BY BE BZ BJ BM BT BO BQ BA BW BV BR IO BN BG BF BI CV KH CM CA KY CF TD CL CN CX CC CO KM CG CD CK CR CI HR CU CW CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FK FO FJ FI FR GF PF TF GA GM GE DE GH GI GR GL GD GP GU GT GG GN GW GY HT HM VA HN HK HU IS IN ID IR IQ IE IM IL IT JM JP JE JO KZ KE KI KP KR XK KW KG LA LV LB LS LR LY LI LT LU MO MG MW MY MV ML MT MH MQ MR MU YT MX FM MD MC MN ME MS MA MZ MM NA NR NP NL NC NZ NI NE NG NU NF MK MP NO OM PK PW PS PA PG PY PE PH PN PL PT PR QA RE RO RU RW BL SH KN LC MF PM VC WS SM ST SA SN RS SC SL SG SX SK SI SB SO ZA GS SS ES LK SD SR SJ SE CH SY TW TJ TZ TH TL TG TK TO TT TN TR TM TC TV UG UA AE GB US UM UY UZ VU VE VN VG VI WF EH YE ZM ZW'.split(' ');

/** ISO 639-1 languages, plus the 639-3 ones the programmes meet often (Tigrinya is 'ti' already). */
const LANGUAGES =
  'ar en fr es pt de it ru uk ro sq sr hr bs mk bg pl cs sk hu el tr ku fa ps ur hi bn pa ne si ta te ml zh ja ko vi th tl id ms am ti om so sw ha yo ig wo ff bm ln rw rn mg zu xh af ka hy az kk uz ky tg tk mn he nl sv no da fi et lv lt sl ber tzm kab prs'.split(' ');

function displayNames(language: string, type: 'region' | 'language') {
  try {
    return new Intl.DisplayNames([language.startsWith('en') ? 'en' : 'it'], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

/** Country and language names in the UI language, and the option lists for the pickers. */
export function useIsoNames() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const countries = displayNames(i18n.language, 'region');
    const languages = displayNames(i18n.language, 'language');
    const countryName = (code: string) => countries?.of(code.toUpperCase()) ?? code;
    const languageName = (code: string) => {
      const name = languages?.of(code) ?? code;
      return name.charAt(0).toUpperCase() + name.slice(1);
    };
    const sorted = (list: Option[]) => list.sort((a, b) => a.label.localeCompare(b.label, i18n.language));
    return {
      countryName,
      languageName,
      countryOptions: sorted(COUNTRIES.map((c) => ({ value: c, label: countryName(c) }))),
      languageOptions: sorted(LANGUAGES.map((c) => ({ value: c, label: languageName(c) }))),
    };
  }, [i18n.language]);
}

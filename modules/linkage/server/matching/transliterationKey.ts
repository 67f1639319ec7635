/**
 * Phonetic keys for Latin spellings of Arabic and Slavic names. The rules come from how
 * transliteration schemes (English, French, German, Italian, Polish, scholarly) write the
 * same sound differently, not from the test data: each rewrite folds spellings of ONE
 * sound, so "Mohamed", "Muhammad" and "Mohammed" share a key while "Mahmud" does not.
 *
 * Symbols: upper-case letters are sound classes, lower-case a/u are vowel classes.
 */

type Rewrite = readonly [RegExp, string];

// Applied in order to one normalised token (a–z only).
const REWRITES: readonly Rewrite[] = [
  // Arabic "ʿAbd al-" compounds: Abdel-, Abdul-, Abdoul-, Abd-er- are one prefix.
  [/^abd(?:[aeiou]{1,2}l?)?(?=[a-z]{3})/, 'abd'],
  // Slavic surname and given-name endings across schemes.
  [/(?:off|ow)$/, 'ov'],
  [/(?:ieff|yeff|jeff|iev|yev|jev|jew|eff|ew)$/, 'ev'],
  [/(?:owa)$/, 'ova'],
  [/(?:ij|iy|yj|ii|yy|yi)$/, 'i'],
  // Russian initial е/ю/я/ё written with or without a glide: Yelena/Jelena/Elena, Iosif/Josif.
  [/^[yj]e/, 'e'],
  [/^i(?=[aou])/, 'J'],
  // Greek-derived "chr" is a hard k in every scheme (Christina = Kristina).
  [/chr/g, 'KR'],
  // Multi-letter spellings of one consonant, longest first.
  [/(?:shtsch|shch|sch|tsch|tch|sh|ch|sz|cz|zh(?=[^aeiouy]|$))/g, 'X'],
  [/(?:dzh|dsch|dj|zh|j)/g, 'J'],
  [/kh/g, 'H'],
  [/gh/g, 'G'],
  [/ph/g, 'V'],
  [/(?:th|dh)/g, 'T'],
  [/(?:ts|tz|c(?=[eiy])|z|s)/g, 'S'],
  [/(?:ck|c|q|k)/g, 'K'],
  [/x/g, 'KS'],
  // Arabic و and Slavic в: w, v, ou before a vowel (Oualid = Walid), and f (-off = -ov).
  [/ou(?=[aeiy])/g, 'V'],
  // w closing a syllable is a vowel (Jawdat = Joudat, Owsley = Ouseley).
  [/w(?![aeiouy])/g, 'u'],
  [/[wvf]/g, 'V'],
  // y and the remaining i between vowels are glides (Maya = Maja); elsewhere a vowel.
  [/(?<=[aeiou])[yi](?=[aeiou])/g, 'J'],
  [/^y(?=[aeiou])/, 'J'],
  [/y/g, 'i'],
  // A glide after i is spelled or not (Mariya = Maria = Marija).
  [/(?<=i)J(?=[aeiou])/g, ''],
  // Silent final h after a vowel (Fatimah = Fatima, Allah = Alla).
  [/(?<=[aeiou])h$/, ''],
  [/h/g, 'H'],
  [/g/g, 'G'],
  [/[td]/g, 'T'],
  [/b/g, 'B'], [/p/g, 'P'], [/l/g, 'L'], [/m/g, 'M'], [/n/g, 'N'], [/r/g, 'R'],
  // Vowels: back rounded (o, u, ou, oo) against the rest (a, e, i), the two families
  // that Arabic and Slavic vowels scatter within.
  [/[ou]+/g, 'u'],
  [/[aei]+/g, 'a'],
];

// Registers repeat the same few thousand names; a duplicate check scores one name against
// hundreds of candidates, so the rewrites run once per distinct token.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, string>();

/** Sound-class spelling with vowel families kept: "mohammed" → "MuHaMaT". */
export function phoneticForm(token: string): string {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  const form = computeForm(token);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, form);
  return form;
}

function computeForm(token: string): string {
  let form = token.replace(/(.)\1+/g, '$1');
  for (const [pattern, replacement] of REWRITES) form = form.replace(pattern, replacement);
  // Doubled letters are a spelling choice (Mohammed = Mohamed, Youssef = Yusuf).
  return form.replace(/(.)\1+/g, '$1');
}

/**
 * Consonant skeleton with only the presence of an initial vowel kept: short, coarse, and
 * equal across most spellings of a name, so it serves as the blocking key.
 */
export function transliterationKey(token: string): string {
  const form = phoneticForm(token);
  const initialVowel = /^[au]/.test(form) ? 'a' : '';
  return initialVowel + form.replace(/[au]/g, '').replace(/(.)\1+/g, '$1');
}

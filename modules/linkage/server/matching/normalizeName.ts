/**
 * Name normalisation shared by search, keys and scoring, so that every comparison
 * starts from the same plain lower-case Latin tokens.
 */

// Letters NFKD does not decompose, and háček letters whose plain base would lose the
// sound that other transliterations spell with an "h" (Šukšin ≈ Shukshin).
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'dj', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
  č: 'ch', š: 'sh', ž: 'zh', ć: 'ch', ř: 'rz',
};

// Arabic article and its sun-letter assimilations (al-, el-, ul-, ad-, ash-, …): written
// attached, detached or omitted, so it never carries identity on its own.
const ARTICLES = new Set([
  'al', 'el', 'ul', 'ol', 'il',
  'ad', 'ed', 'ud', 'ar', 'er', 'ur', 'as', 'es', 'us', 'ash', 'esh', 'ush',
  'at', 'et', 'ut', 'az', 'ez', 'uz', 'an', 'en', 'un', 'ath', 'adh', 'ak',
]);
// Only these may appear as free-standing words ("Al Amin", "El Amin"); the short
// assimilated forms are taken as articles only when hyphenated ("ad-Din"), since
// "An", "As" or "Er" can be real given names or family names.
const FREE_ARTICLES = new Set(['al', 'el', 'ul']);

const APOSTROPHES = /['’‘`´ʼʻʿʾ]/g;

function foldLetters(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += LETTER_FOLDS[ch] ?? ch;
  return out;
}

/** Lower-case ASCII, no diacritics, words separated by single spaces; apostrophes kept as markers. */
function toPlain(text: string): string {
  return foldLetters(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(/[^a-z'\s-]+/g, ' ');
}

/**
 * Splits a name into comparable tokens: "Nicolò d'Adda" → ["nicolo", "dadda"],
 * "Abd al-Rahman El-Amin" → ["abd", "rahman", "amin"].
 */
export function normalizeName(raw: string): string[] {
  const plain = toPlain(raw);
  const tokens: string[] = [];
  const kept: string[] = [];
  for (const word of plain.split(/\s+/)) {
    if (word === '') continue;
    // A one-letter elided article glues to its word (d'Adda = Dadda = D'adda); an
    // apostrophe inside an Arabic word marks a glottal stop or ʿayn, which most
    // spellings omit (Ra'fat = Rafat).
    const parts = word.replace(/^([a-z])'(?=[a-z])/, '$1').replace(/'/g, '').split('-');
    parts.forEach((part, index) => {
      if (part === '') return;
      const hyphenated = index < parts.length - 1;
      const isArticle = hyphenated ? ARTICLES.has(part) : FREE_ARTICLES.has(part) && parts.length === 1;
      kept.push(part);
      if (!isArticle) tokens.push(part);
    });
  }
  // A name made only of particles ("Al") is still a name.
  return tokens.length > 0 ? tokens : kept;
}

/** The whole name as one string, for measures that compare full strings. */
export function normalizedFullName(raw: string): string {
  return normalizeName(raw).join(' ');
}

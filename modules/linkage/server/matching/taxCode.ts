/**
 * Italian tax codes (codice fiscale): the 16-character personal code and the 11-digit
 * numeric provisional code that migrants receive before the personal one.
 */

const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const PERSONAL = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
// Positions that are digits, which the Agency replaces with letters to tell apart two people
// with the same data (omocodia): the same person may appear under both forms.
const DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODE_LETTERS = 'LMNPQRSTUV';

export function cleanTaxCode(raw: string): string {
  return raw.toUpperCase().replace(/^TINIT-/, '').replace(/[\s.-]/g, '');
}

function charValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
}

function isValidPersonal(code: string): boolean {
  if (!PERSONAL.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = charValue(code[i] ?? 'A');
    sum += i % 2 === 0 ? (ODD_VALUES[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

function isValidProvisional(code: string): boolean {
  if (!/^\d{11}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(code[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === Number(code[10]);
}

export function isValidTaxCode(raw: string): boolean {
  const code = cleanTaxCode(raw);
  return isValidPersonal(code) || isValidProvisional(code);
}

/** One spelling per person: omocodic letters back to digits, check character dropped. */
export function canonicalTaxCode(raw: string): string {
  const code = cleanTaxCode(raw);
  if (code.length !== 16) return code;
  const chars = [...code.slice(0, 15)];
  for (const position of DIGIT_POSITIONS) {
    const index = OMOCODE_LETTERS.indexOf(chars[position] ?? '');
    if (index >= 0) chars[position] = String(index);
  }
  return chars.join('');
}

import { decryptText, encryptText } from '../../../platform/crypto/fieldEncryption';
import type { protectionLevels } from '../contract';

type Protection = (typeof protectionLevels)[number];

// cases.summary is a text column, so a sealed summary is stored as 'enc:' + base64(iv | tag | ciphertext).
// Anything that already starts with the prefix is sealed too, so plain text is never mistaken for ciphertext.
const SEALED = 'enc:';

/** Text sealed into a string field (jsonb details): base64 of iv | tag | ciphertext. */
export const sealText = (key: Buffer, text: string): string => encryptText(key, text).toString('base64');
export const openText = (key: Buffer, sealed: string): string => decryptText(key, Buffer.from(sealed, 'base64'));

/** The summary as stored: encrypted at rest on restricted cases, like their notes. */
export function sealSummary(key: Buffer, protection: Protection, summary: string | null | undefined): string | null {
  if (summary === null || summary === undefined) return null;
  if (protection === 'restricted' || summary.startsWith(SEALED)) return SEALED + sealText(key, summary);
  return summary;
}

export function openSummary(key: Buffer, stored: string | null): string | null {
  if (stored === null) return null;
  return stored.startsWith(SEALED) ? openText(key, stored.slice(SEALED.length)) : stored;
}

/** A note as stored: plain on ordinary cases; only the ciphertext on restricted ones. */
export function sealNote(key: Buffer, protection: Protection, body: string): { body: string | null; bodyEncrypted: Buffer | null } {
  return protection === 'restricted' ? { body: null, bodyEncrypted: encryptText(key, body) } : { body, bodyEncrypted: null };
}

export function openNote(key: Buffer, note: { body: string | null; bodyEncrypted: Buffer | null }): string {
  return note.bodyEncrypted ? decryptText(key, note.bodyEncrypted) : (note.body ?? '');
}

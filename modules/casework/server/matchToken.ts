import { createHmac, timingSafeEqual } from 'node:crypto';
import { decryptText, encryptText } from '../../../platform/crypto/fieldEncryption';
import { AppError } from '../../../platform/errors/appError';

/**
 * A hidden duplicate is handed to the client as an opaque token: the person id is encrypted (the
 * client must not learn it) and the whole is signed with an HMAC under a key of its own, bound
 * to the user who ran the check and valid for a day.
 */
const TTL_MS = 24 * 60 * 60 * 1000;

// One configured secret, two purposes: derive a key for each so neither can stand in for the other.
const derive = (secret: Buffer, purpose: string) => createHmac('sha256', secret).update(`casework.matchToken.${purpose}`).digest();

export function signMatchToken(secret: Buffer, personId: string, userId: string, serviceId: string, now = Date.now()): string {
  const sealed = encryptText(derive(secret, 'encrypt'), JSON.stringify({ p: personId, u: userId, s: serviceId, e: now + TTL_MS }));
  const body = sealed.toString('base64url');
  return `${body}.${createHmac('sha256', derive(secret, 'sign')).update(body).digest('base64url')}`;
}

const invalid = () => new AppError(400, 'invalid_match_token', 'errors.invalid_match_token');

/** The person behind a token and the service that ran the check, if issued to this user and not expired; a 400 otherwise. */
export function openMatchToken(secret: Buffer, token: string, userId: string, now = Date.now()): { personId: string; serviceId: string } {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw invalid();
  const expected = createHmac('sha256', derive(secret, 'sign')).update(body).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let payload: { p?: unknown; u?: unknown; s?: unknown; e?: unknown };
  try {
    payload = JSON.parse(decryptText(derive(secret, 'encrypt'), Buffer.from(body, 'base64url'))) as typeof payload;
  } catch {
    throw invalid();
  }
  if (typeof payload.p !== 'string' || typeof payload.s !== 'string' || payload.u !== userId || typeof payload.e !== 'number' || payload.e < now) throw invalid();
  return { personId: payload.p, serviceId: payload.s };
}

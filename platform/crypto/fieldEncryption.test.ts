import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText } from './fieldEncryption';

describe('field encryption', () => {
  const key = randomBytes(32);
  it('round-trips text, and the ciphertext does not contain it', () => {
    const sealed = encryptText(key, 'Colloquio con la signora: racconta le violenze subite');
    expect(sealed.toString('utf8')).not.toContain('violenze');
    expect(decryptText(key, sealed)).toBe('Colloquio con la signora: racconta le violenze subite');
  });
  it('two encryptions of the same text differ (random IV)', () => {
    expect(encryptText(key, 'x').equals(encryptText(key, 'x'))).toBe(false);
  });
  it('refuses a wrong key or an altered byte', () => {
    const sealed = encryptText(key, 'riservato');
    expect(() => decryptText(randomBytes(32), sealed)).toThrow();
    sealed[sealed.length - 1]! ^= 1;
    expect(() => decryptText(key, sealed)).toThrow();
  });
});

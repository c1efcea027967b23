import { scryptSync, pbkdf2Sync } from 'node:crypto';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { describe, expect, it } from 'vitest';
import { randomKey } from './cipher';
import { DEFAULT_KDF, MIN_PBKDF2_ITERATIONS, deriveKek, newKdfParams, passphraseWrapper, type KdfParams } from './keys';

const fastKdf = { alg: 'pbkdf2-sha256', iterations: 1000 } as const;

describe('key derivation', () => {
  it('defaults to PBKDF2-SHA256 with at least 600,000 iterations', () => {
    expect(DEFAULT_KDF).toEqual({ alg: 'pbkdf2-sha256', iterations: MIN_PBKDF2_ITERATIONS });
    expect(MIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('PBKDF2 agrees with an independent implementation (OpenSSL via node:crypto)', async () => {
    const params = newKdfParams({ alg: 'pbkdf2-sha256', iterations: 4096 });
    const ours = await deriveKek('passwörd', params);
    const ref = pbkdf2Sync(Buffer.from('passwörd'.normalize('NFKC')), params.salt, 4096, 32, 'sha256');
    expect(bytesToHex(ours)).toBe(ref.toString('hex'));
  });

  it('native WebCrypto PBKDF2 and noble PBKDF2 give the same key (property)', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 300 }), async (pass, iterations) => {
        const params = newKdfParams({ alg: 'pbkdf2-sha256', iterations });
        expect(bytesToHex(await deriveKek(pass, params, 'auto'))).toBe(bytesToHex(await deriveKek(pass, params, 'noble')));
      }),
      { numRuns: 40 },
    );
  });

  it('scrypt agrees with an independent implementation (OpenSSL via node:crypto)', async () => {
    const params = newKdfParams({ alg: 'scrypt', N: 1024, r: 8, p: 1 });
    const ours = await deriveKek('pass phrase', params);
    const ref = scryptSync('pass phrase', params.salt, 32, { N: 1024, r: 8, p: 1 });
    expect(bytesToHex(ours)).toBe(ref.toString('hex'));
  });

  it('normalises the passphrase (NFC and NFD spellings give the same key)', async () => {
    const params = newKdfParams(fastKdf);
    const a = await deriveKek('caf\u00e9 au lait', params);
    const b = await deriveKek('cafe\u0301 au lait', params);
    expect(bytesToHex(a)).toBe(bytesToHex(b));
  });

  it('rejects a short salt and an empty passphrase', async () => {
    const bad: KdfParams = { alg: 'pbkdf2-sha256', iterations: 10, salt: new Uint8Array(8) };
    await expect(deriveKek('x', bad)).rejects.toThrow('salt expected at least 16 bytes, got 8');
    await expect(deriveKek('', newKdfParams(fastKdf))).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
  });
});

describe('passphrase KeyWrapper', () => {
  it('wraps and unwraps the vault key; stores its KDF params with the slot', async () => {
    const key = randomKey();
    const copy = key.slice();
    const slot = await passphraseWrapper('correct horse battery', fastKdf).wrap(key);
    expect(slot.kind).toBe('passphrase');
    if (slot.kind !== 'passphrase') throw new Error('unreachable');
    expect(slot.kdf).toMatchObject({ alg: 'pbkdf2-sha256', iterations: 1000 });
    expect(slot.kdf.salt.length).toBe(16);
    const back = await passphraseWrapper('correct horse battery').unwrap(slot);
    expect(bytesToHex(back)).toBe(bytesToHex(copy));
  });

  it('a wrong passphrase gives ERR_VAULT_PASSPHRASE', async () => {
    const slot = await passphraseWrapper('correct horse battery', fastKdf).wrap(randomKey());
    await expect(passphraseWrapper('Correct horse battery').unwrap(slot)).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
  });
});

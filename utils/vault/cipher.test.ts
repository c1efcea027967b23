import { gcm } from '@noble/ciphers/aes.js';
import { bytesToHex, hexToBytes } from '@noble/ciphers/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NONCE_BYTES, open, openJson, randomKey, seal, sealJson, type SealContext } from './cipher';

const ctx: SealContext = { purpose: 'draft', id: 'd-1', schema: 1 };
const enc = new TextEncoder();

describe('AES-256-GCM construction', () => {
  it('matches the published GCM test case 16 (McGrew & Viega, AES-256, 96-bit IV, AAD)', () => {
    const key = hexToBytes('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
    const iv = hexToBytes('cafebabefacedbaddecaf888');
    const aad = hexToBytes('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const pt = hexToBytes('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
    const out = gcm(key, iv, aad).encrypt(pt);
    expect(bytesToHex(out)).toBe(
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
        '76fc6ece0f4e1768cddf8853bb2d551b',
    );
  });

  it('round-trips and uses a fresh 96-bit nonce each time', () => {
    const key = randomKey();
    const a = seal(key, enc.encode('same text'), ctx);
    const b = seal(key, enc.encode('same text'), ctx);
    expect(a.nonce.length).toBe(NONCE_BYTES);
    expect(bytesToHex(a.nonce)).not.toBe(bytesToHex(b.nonce));
    expect(bytesToHex(a.ct)).not.toBe(bytesToHex(b.ct));
    expect(new TextDecoder().decode(open(key, a, ctx))).toBe('same text');
  });

  it('rejects a flipped ciphertext byte, tag byte or nonce byte', () => {
    const key = randomKey();
    const box = seal(key, enc.encode('Jane Roe MRN 1234567'), ctx);
    for (const mutate of [
      (b: typeof box) => ({ ...b, ct: b.ct.map((x, i) => (i === 0 ? x ^ 1 : x)) }),
      (b: typeof box) => ({ ...b, ct: b.ct.map((x, i) => (i === b.ct.length - 1 ? x ^ 0x80 : x)) }),
      (b: typeof box) => ({ ...b, nonce: b.nonce.map((x, i) => (i === 11 ? x ^ 1 : x)) }),
      (b: typeof box) => ({ ...b, ct: b.ct.slice(0, -1) }),
    ]) {
      expect(() => open(key, mutate(box), ctx)).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
    }
  });

  it('rejects a different record id, schema version, purpose or key (AAD binding)', () => {
    const key = randomKey();
    const box = seal(key, enc.encode('x'), ctx);
    expect(() => open(key, box, { ...ctx, id: 'd-2' })).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
    expect(() => open(key, box, { ...ctx, schema: 2 })).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
    expect(() => open(key, box, { ...ctx, purpose: 'queue' })).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
    expect(() => open(randomKey(), box, ctx)).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
  });

  it('checks inputs at the boundary like noble abytes', () => {
    expect(() => seal(new Uint8Array(16), enc.encode('x'), ctx)).toThrow('key expected 32 bytes, got 16');
    expect(() => seal(randomKey(), 'x' as unknown as Uint8Array, ctx)).toThrow('plaintext expected Uint8Array');
    expect(() => open(randomKey(), { nonce: new Uint8Array(8), ct: new Uint8Array(32) }, ctx)).toThrow(
      expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }),
    );
    expect(() => seal(randomKey(), enc.encode('x'), { ...ctx, id: 'a|b' })).toThrow('record id has invalid characters');
  });

  it('error messages never quote the plaintext', () => {
    const key = randomKey();
    const box = sealJson(key, { name: 'Jane Roe' }, ctx);
    try {
      openJson(key, { ...box, ct: box.ct.map((x) => x ^ 1) }, ctx);
      expect.unreachable();
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('Jane');
    }
  });

  it('property: sealJson/openJson round-trips any JSON value and any id', () => {
    const key = randomKey();
    fc.assert(
      fc.property(fc.jsonValue(), fc.stringMatching(/^[A-Za-z0-9_.:-]{1,40}$/), (value, id) => {
        const c: SealContext = { purpose: 'draft', id, schema: 1 };
        const back = openJson(key, sealJson(key, value, c), c);
        expect(back).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: any single-bit flip in nonce or ciphertext is rejected', () => {
    const key = randomKey();
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 200 }), fc.nat(), fc.nat(7), (text, pos, bit) => {
        const box = sealJson(key, text, ctx);
        const all = new Uint8Array([...box.nonce, ...box.ct]);
        const at = pos % all.length;
        all[at] = all[at]! ^ (1 << bit);
        const tampered = { nonce: all.slice(0, 12), ct: all.slice(12) };
        expect(() => openJson(key, tampered, ctx)).toThrow(expect.objectContaining({ code: 'ERR_VAULT_CORRUPT' }));
      }),
      { numRuns: 200 },
    );
  });
});

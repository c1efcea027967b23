/**
 * Key hierarchy: a random 256-bit vault key, wrapped (AES-256-GCM) by a key-encryption key.
 * The passphrase wrapper derives its KEK with PBKDF2-SHA256 (>= 600,000 iterations) or scrypt
 * from @noble/hashes; the parameters live with the wrapped key. PBKDF2 uses the browser's native
 * WebCrypto when present (same bytes, about 10x faster unlock) and noble otherwise. Invariant: the vault key never
 * exists unwrapped outside memory, and a wrong secret yields ERR_VAULT_PASSPHRASE, nothing else.
 * Other unlock methods (WebAuthn PRF) implement the same `KeyWrapper` interface.
 */
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ChartVeilError } from '../errors';
import { KEY_BYTES, assertBytes, open, seal, wipe, type Sealed } from './cipher';

/** OWASP 2023 minimum for PBKDF2-HMAC-SHA256. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Version of the wrapped-key format, bound into the AAD. */
export const WRAP_SCHEMA = 1;

export type KdfParams =
  | { alg: 'pbkdf2-sha256'; iterations: number; salt: Uint8Array }
  | { alg: 'scrypt'; N: number; r: number; p: number; salt: Uint8Array };

/** KDF settings without a salt; a fresh 16-byte salt is drawn at setup. */
export type KdfChoice = { alg: 'pbkdf2-sha256'; iterations: number } | { alg: 'scrypt'; N: number; r: number; p: number };

export const DEFAULT_KDF: KdfChoice = { alg: 'pbkdf2-sha256', iterations: MIN_PBKDF2_ITERATIONS };

/** A wrapped vault key as stored in the meta table. `kind` names the wrapper that can open it. */
export type WrappedKey =
  | { kind: 'passphrase'; kdf: KdfParams; box: Sealed }
  | { kind: 'webauthn-prf'; credentialId: Uint8Array; prfSalt: Uint8Array; box: Sealed };

/**
 * One way of protecting the vault key. `wrap` seals a key; `unwrap` returns it, or throws
 * ERR_VAULT_PASSPHRASE when the secret is wrong. A WebAuthn PRF wrapper would derive its KEK
 * from `navigator.credentials.get({ extensions: { prf } })` output and plug in here unchanged.
 */
export interface KeyWrapper {
  readonly kind: WrappedKey['kind'];
  wrap(vaultKey: Uint8Array): Promise<WrappedKey>;
  unwrap(wrapped: WrappedKey): Promise<Uint8Array>;
}

/** Fresh KDF parameters (random 16-byte salt) from a choice. */
export function newKdfParams(choice: KdfChoice = DEFAULT_KDF): KdfParams {
  return { ...choice, salt: randomBytes(16) } as KdfParams;
}

/** 'auto': native WebCrypto PBKDF2 when available, else noble; 'noble': always @noble/hashes. */
export type KdfBackend = 'auto' | 'noble';

async function pbkdf2Native(pass: string, salt: Uint8Array, iterations: number): Promise<Uint8Array | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const base = await subtle.importKey('raw', new TextEncoder().encode(pass), 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, base, KEY_BYTES * 8);
    return new Uint8Array(bits);
  } catch {
    return null; // COMPAT: a context without PBKDF2 in WebCrypto falls back to noble
  }
}

/**
 * Derives a 32-byte KEK from a passphrase (NFKC-normalised so that the same typed text always
 * gives the same key). Time with the default 600,000 PBKDF2 iterations: ~0.15 s native, ~0.8-2 s noble.
 * @example const kek = await deriveKek('correct horse battery staple', newKdfParams())
 */
export async function deriveKek(passphrase: string, params: KdfParams, backend: KdfBackend = 'auto'): Promise<Uint8Array> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Passphrase is empty');
  }
  assertBytes(params.salt, undefined, 'salt');
  if (params.salt.length < 16) throw new TypeError(`salt expected at least 16 bytes, got ${params.salt.length}`);
  const pass = passphrase.normalize('NFKC');
  if (params.alg === 'pbkdf2-sha256') {
    if (!Number.isInteger(params.iterations) || params.iterations < 1) throw new TypeError('iterations must be a positive integer');
    const native = backend === 'auto' ? await pbkdf2Native(pass, params.salt, params.iterations) : null;
    if (native) return native;
    return pbkdf2Async(sha256, pass, params.salt, { c: params.iterations, dkLen: KEY_BYTES });
  }
  if (params.alg === 'scrypt') {
    return scryptAsync(pass, params.salt, { N: params.N, r: params.r, p: params.p, dkLen: KEY_BYTES });
  }
  throw new ChartVeilError('ERR_VAULT_CORRUPT', 'Unknown key-derivation algorithm');
}

function wrapContext(kind: WrappedKey['kind']) {
  return { purpose: 'vault-key' as const, id: kind, schema: WRAP_SCHEMA };
}

/** Seals the vault key under a KEK (used by every wrapper). */
export function wrapWithKek(kek: Uint8Array, vaultKey: Uint8Array, kind: WrappedKey['kind']): Sealed {
  assertBytes(vaultKey, KEY_BYTES, 'vault key');
  return seal(kek, vaultKey, wrapContext(kind));
}

/** Opens the vault key; an authentication failure means the secret was wrong. */
export function unwrapWithKek(kek: Uint8Array, box: Sealed, kind: WrappedKey['kind']): Uint8Array {
  try {
    const key = open(kek, box, wrapContext(kind));
    if (key.length !== KEY_BYTES) throw new ChartVeilError('ERR_VAULT_CORRUPT', 'Vault key has the wrong length');
    return key;
  } catch (error) {
    if (error instanceof ChartVeilError && error.code === 'ERR_VAULT_CORRUPT' && box?.ct?.length === KEY_BYTES + 16) {
      throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Passphrase is incorrect');
    }
    throw error;
  }
}

/**
 * The passphrase wrapper. `choice` is used only when wrapping (setup or passphrase change);
 * unwrapping always uses the parameters stored with the wrapped key.
 * @example const wrapped = await passphraseWrapper('s3cret phrase').wrap(randomKey())
 */
export function passphraseWrapper(passphrase: string, choice: KdfChoice = DEFAULT_KDF): KeyWrapper {
  return {
    kind: 'passphrase',
    async wrap(vaultKey) {
      const kdf = newKdfParams(choice);
      const kek = await deriveKek(passphrase, kdf);
      try {
        return { kind: 'passphrase', kdf, box: wrapWithKek(kek, vaultKey, 'passphrase') };
      } finally {
        wipe(kek);
      }
    },
    async unwrap(wrapped) {
      if (wrapped.kind !== 'passphrase') throw new ChartVeilError('ERR_VAULT_CORRUPT', 'Wrapped key is not a passphrase slot');
      const kek = await deriveKek(passphrase, wrapped.kdf);
      try {
        return unwrapWithKek(kek, wrapped.box, 'passphrase');
      } finally {
        wipe(kek);
      }
    },
  };
}

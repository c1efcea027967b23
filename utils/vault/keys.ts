/**
 * Key hierarchy: a random 256-bit vault key, wrapped (AES-256-GCM) by a key-encryption key.
 * The passphrase wrapper derives its KEK with PBKDF2-SHA256 (>= 600,000 iterations) or scrypt
 * from @noble/hashes; the parameters live with the wrapped key. Invariant: the vault key never
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

/**
 * Derives a 32-byte KEK from a passphrase (NFKC-normalised so that the same typed text always
 * gives the same key). Time: about 0.7-0.9 s with the default 600,000 PBKDF2 iterations in Node.
 * @example const kek = await deriveKek('correct horse battery staple', newKdfParams())
 */
export async function deriveKek(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Passphrase is empty');
  }
  assertBytes(params.salt, undefined, 'salt');
  if (params.salt.length < 16) throw new TypeError(`salt expected at least 16 bytes, got ${params.salt.length}`);
  const pass = passphrase.normalize('NFKC');
  if (params.alg === 'pbkdf2-sha256') {
    if (!Number.isInteger(params.iterations) || params.iterations < 1) throw new TypeError('iterations must be a positive integer');
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

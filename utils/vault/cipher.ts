/**
 * The vault's one encryption construction: AES-256-GCM (@noble/ciphers) with a fresh random
 * 96-bit nonce per seal and an AAD that binds the purpose, the record id and the schema version.
 * Invariant: a sealed blob only opens under the same key, for the same record id and schema;
 * a swapped, tampered or truncated blob fails closed with ERR_VAULT_CORRUPT (no PHI in errors).
 */
import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { ChartVeilError } from '../errors';

/** Bytes in an AES-256 key. */
export const KEY_BYTES = 32;
/** Bytes in a GCM nonce (96 bits, the only size we use). */
export const NONCE_BYTES = 12;
/** Bytes in a GCM tag. */
export const TAG_BYTES = 16;

/** A ciphertext with its nonce, as stored in IndexedDB (Uint8Array is stored natively). */
export interface Sealed {
  nonce: Uint8Array;
  ct: Uint8Array;
}

/** What the AAD binds: the purpose (table or key slot), the record id and the schema version. */
export interface SealContext {
  purpose: 'draft' | 'queue' | 'dek' | 'vault-key';
  id: string;
  schema: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks that `value` is a Uint8Array of `length` bytes, in the style of noble's `abytes`.
 * @example assertBytes(key, 32, 'key') // throws TypeError "key expected 32 bytes, got 16"
 */
export function assertBytes(value: unknown, length: number | undefined, title: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${title} expected Uint8Array, got ${typeof value}`);
  if (length !== undefined && value.length !== length) {
    throw new TypeError(`${title} expected ${length} bytes, got ${value.length}`);
  }
}

/** Encodes the AAD. Ids are our own UUIDs; the check stops a delimiter from being smuggled in. */
export function encodeAad(ctx: SealContext): Uint8Array {
  if (!/^[A-Za-z0-9_.:-]{1,128}$/.test(ctx.id)) throw new TypeError('record id has invalid characters');
  if (!Number.isInteger(ctx.schema) || ctx.schema < 1) throw new TypeError('schema version must be a positive integer');
  return enc.encode(`chartveil|${ctx.purpose}|${ctx.id}|v${ctx.schema}`);
}

/**
 * Encrypts `plaintext` under `key` with a new random nonce.
 * @example const box = seal(key, enc.encode('hi'), { purpose: 'draft', id: 'd1', schema: 1 })
 */
export function seal(key: Uint8Array, plaintext: Uint8Array, ctx: SealContext): Sealed {
  assertBytes(key, KEY_BYTES, 'key');
  assertBytes(plaintext, undefined, 'plaintext');
  const nonce = randomBytes(NONCE_BYTES);
  const ct = gcm(key, nonce, encodeAad(ctx)).encrypt(plaintext);
  return { nonce, ct };
}

/**
 * Decrypts a sealed blob. Any mismatch (key, nonce, ciphertext, tag, id, schema) throws
 * ChartVeilError('ERR_VAULT_CORRUPT') with a message that names no content.
 */
export function open(key: Uint8Array, box: Sealed, ctx: SealContext): Uint8Array {
  assertBytes(key, KEY_BYTES, 'key');
  if (!box || !(box.nonce instanceof Uint8Array) || box.nonce.length !== NONCE_BYTES ||
      !(box.ct instanceof Uint8Array) || box.ct.length < TAG_BYTES) {
    throw new ChartVeilError('ERR_VAULT_CORRUPT', `Encrypted ${ctx.purpose} record is malformed`);
  }
  try {
    return gcm(key, box.nonce, encodeAad(ctx)).decrypt(box.ct);
  } catch (cause) {
    throw new ChartVeilError('ERR_VAULT_CORRUPT', `Encrypted ${ctx.purpose} record failed authentication`, { cause });
  }
}

/** Seals a JSON-serialisable value. */
export function sealJson(key: Uint8Array, value: unknown, ctx: SealContext): Sealed {
  const bytes = enc.encode(JSON.stringify(value));
  try {
    return seal(key, bytes, ctx);
  } finally {
    bytes.fill(0);
  }
}

/** Opens a blob sealed with sealJson. Undecodable plaintext is reported as corrupt. */
export function openJson<T>(key: Uint8Array, box: Sealed, ctx: SealContext): T {
  const bytes = open(key, box, ctx);
  try {
    return JSON.parse(dec.decode(bytes)) as T;
  } catch (cause) {
    throw new ChartVeilError('ERR_VAULT_CORRUPT', `Encrypted ${ctx.purpose} record did not decode`, { cause });
  } finally {
    bytes.fill(0);
  }
}

/** A new random 256-bit key. */
export function randomKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** Overwrites key material in place (best effort: JS cannot wipe copies the engine made). */
export function wipe(...arrays: (Uint8Array | null | undefined)[]): void {
  for (const a of arrays) a?.fill(0);
}

/**
 * Canonical JSON and the hash-chain arithmetic shared by the log writer and the verifier.
 * Invariant: the same entry always serialises to the same bytes (sorted keys, no whitespace,
 * integers and finite numbers only), so hash = SHA-256(prevHash || canonical(body)) is reproducible offline.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEvent } from './events';

/** The hash of "no previous entry". */
export const GENESIS_HASH = '0'.repeat(64);

/** The part of an entry that is hashed and signed. */
export interface EntryBody {
  seq: number;
  ts: number;
  event: AuditEvent;
}

/** A stored/exported entry: body + chain link + signature (Ed25519 over the hash bytes). */
export interface AuditEntry extends EntryBody {
  prev: string;
  hash: string;
  sig: string;
}

/**
 * Serialises a JSON value with object keys sorted (RFC 8785-style for our value set).
 * @example canonicalJson({ b: 1, a: [true, 'x'] }) === '{"a":[true,"x"],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/** SHA-256(prev hash bytes || canonical body), as lowercase hex. */
export function chainHash(prev: string, body: EntryBody): string {
  const bodyBytes = utf8ToBytes(canonicalJson({ seq: body.seq, ts: body.ts, event: body.event }));
  return bytesToHex(sha256(concatBytes(hexToBytes(prev), bodyBytes)));
}

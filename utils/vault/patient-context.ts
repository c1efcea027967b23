/**
 * Patient-context ids: a draft belongs to one patient context, named by an opaque id rather than
 * by the banner identifiers. id = 'pc-' + HMAC-SHA256(HKDF(vault key, 'chartveil/patient-context/v1'),
 * sorted normalised identifiers), truncated to 128 bits. Invariant: without the vault key the id
 * cannot be brute-forced back to an MRN or name, and order/case/spacing of identifiers do not matter.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ChartVeilError } from '../errors';
import { wipe } from './cipher';

/** NFKC, trimmed, single-spaced, upper case, sorted; empty identifiers dropped. */
export function normalizeIdentifiers(identifiers: readonly string[]): string[] {
  const norm = identifiers.map((s) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toUpperCase()).filter(Boolean).sort();
  if (norm.length === 0) throw new ChartVeilError('ERR_EMPTY_INPUT', 'No patient identifiers');
  return norm;
}

/** Computes the id from the vault key and already-normalised identifiers. */
export function patientContextIdFor(vaultKey: Uint8Array, normalized: readonly string[]): string {
  const sub = hkdf(sha256, vaultKey, undefined, utf8ToBytes('chartveil/patient-context/v1'), 32);
  try {
    return 'pc-' + bytesToHex(hmac(sha256, sub, utf8ToBytes(normalized.join('\u0000')))).slice(0, 32);
  } finally {
    wipe(sub);
  }
}

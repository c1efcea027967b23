/**
 * Verifies an audit log or a JSONL export: sequence, chain links, hashes, Ed25519 signatures and
 * (for exports) the signed header's count and head. Invariant: the result names the first index
 * where the log stops being trustworthy, whether an entry was modified, deleted, inserted or
 * reordered, or the tail was cut. Pure: runs in the panel and in the Node CLI alike.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { GENESIS_HASH, chainHash, type AuditEntry } from './canonical';
import { validateEvent } from './events';
import { EXPORT_FORMAT, headerMessage, type ExportHeader } from './log';

export type BreakReason = 'format' | 'seq' | 'prev' | 'hash' | 'signature' | 'truncated' | 'extra' | 'head' | 'header' | 'key';

export type VerifyResult =
  | { ok: true; count: number; publicKey: string }
  | { ok: false; index: number; reason: BreakReason; count: number };

const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;

function sigOk(sig: string, msg: Uint8Array, publicKey: string): boolean {
  try {
    return HEX128.test(sig) && ed25519.verify(hexToBytes(sig), msg, hexToBytes(publicKey));
  } catch {
    return false;
  }
}

function shapeOk(e: AuditEntry): boolean {
  try {
    validateEvent(e.event);
  } catch {
    return false;
  }
  const keys = Object.keys(e).sort().join(',');
  return keys === 'event,hash,prev,seq,sig,ts' && Number.isSafeInteger(e.seq) && Number.isFinite(e.ts) &&
    HEX64.test(e.prev) && HEX64.test(e.hash);
}

/**
 * Checks entries in order against `publicKey` (hex). Index i must have seq i, prev = hash of
 * entry i-1 (genesis for 0), a correct hash and a valid signature.
 * @example verifyEntries(await log.entries(), log.publicKey) // { ok: true, count, publicKey }
 */
export function verifyEntries(entries: readonly unknown[], publicKey: string): VerifyResult {
  const count = entries.length;
  if (!HEX64.test(publicKey)) return { ok: false, index: 0, reason: 'key', count };
  let prev = GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const e = entries[i] as AuditEntry;
    if (typeof e !== 'object' || e === null || !shapeOk(e)) return { ok: false, index: i, reason: 'format', count };
    if (e.seq !== i) return { ok: false, index: i, reason: 'seq', count };
    if (e.prev !== prev) return { ok: false, index: i, reason: 'prev', count };
    if (chainHash(e.prev, e) !== e.hash) return { ok: false, index: i, reason: 'hash', count };
    if (!sigOk(e.sig, hexToBytes(e.hash), publicKey)) return { ok: false, index: i, reason: 'signature', count };
    prev = e.hash;
  }
  return { ok: true, count, publicKey };
}

/**
 * Verifies a JSONL export (header line + entries). `pinnedKey` (hex), when given, must equal the
 * header's key: without it, a forger who re-keys and re-signs everything is not caught.
 * Line-level indexes are entry indexes (the header is not counted).
 */
export function verifyExport(jsonl: string, pinnedKey?: string): VerifyResult {
  const lines = jsonl.split('\n').filter((l) => l.trim() !== '');
  let header: ExportHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as ExportHeader;
  } catch {
    return { ok: false, index: 0, reason: 'header', count: 0 };
  }
  const entries: unknown[] = [];
  for (let i = 1; i < lines.length; i++) {
    try {
      entries.push(JSON.parse(lines[i]!));
    } catch {
      return { ok: false, index: i - 1, reason: 'format', count: lines.length - 1 };
    }
  }
  const count = entries.length;
  if (header?.format !== EXPORT_FORMAT || !HEX64.test(header.publicKey ?? '') || !Number.isSafeInteger(header.count) ||
      !sigOk(header.sig, headerMessage(header), header.publicKey)) {
    return { ok: false, index: 0, reason: 'header', count };
  }
  if (pinnedKey && pinnedKey.toLowerCase() !== header.publicKey) return { ok: false, index: 0, reason: 'key', count };
  const chain = verifyEntries(entries, header.publicKey);
  if (!chain.ok) return chain;
  if (count < header.count) return { ok: false, index: count, reason: 'truncated', count };
  if (count > header.count) return { ok: false, index: header.count, reason: 'extra', count };
  const head = (entries.at(-1) as AuditEntry | undefined)?.hash ?? GENESIS_HASH;
  if (head !== header.head) return { ok: false, index: Math.max(0, count - 1), reason: 'head', count };
  return chain;
}

/** A one-line, PHI-free description of a result, for the CLI and the panel. */
export function describeResult(r: VerifyResult): string {
  if (r.ok) return `OK: ${r.count} entries, chain and signatures valid (key ${r.publicKey.slice(0, 16)}…)`;
  const what: Record<BreakReason, string> = {
    format: 'entry is malformed or holds a field outside the audit vocabulary',
    seq: 'sequence number out of place (entry deleted, inserted or reordered)',
    prev: 'chain link broken (entry deleted, inserted or reordered)',
    hash: 'entry content was modified',
    signature: 'signature does not verify',
    truncated: 'entries missing at the end (log truncated)',
    extra: 'more entries than the signed header declares',
    head: 'last entry differs from the signed header',
    header: 'export header missing, malformed or wrongly signed',
    key: 'public key does not match the pinned key',
  };
  return `TAMPERED at index ${r.index}: ${what[r.reason]}`;
}

/**
 * The append-only audit log: each entry is canonical JSON, chained by
 * hash = SHA-256(prev hash || entry) and signed with a per-install Ed25519 key (@noble/curves).
 * Invariants: only vocabulary events (no free text, so no PHI) get in; seq, prev and hash are
 * computed inside the same IndexedDB transaction that appends, so concurrent writers cannot fork the chain.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { Dexie, type Table } from 'dexie';
import { GENESIS_HASH, canonicalJson, chainHash, type AuditEntry } from './canonical';
import { validateEvent, type AuditEvent } from './events';

export const AUDIT_DB_NAME = 'chartveil-audit';
export const EXPORT_FORMAT = 'chartveil-audit';
export const EXPORT_VERSION = 1;

interface SignerRow { key: 'signer'; secretKey: Uint8Array; publicKey: Uint8Array }
interface DeliveryRow { key: 'delivery'; ackedSeq: number }
type MetaRow = SignerRow | DeliveryRow;

export class AuditDb extends Dexie {
  entries!: Table<AuditEntry, number>;
  meta!: Table<MetaRow, string>;
  constructor(name: string = AUDIT_DB_NAME) {
    super(name);
    this.version(1).stores({ entries: 'seq', meta: 'key' });
  }
}

/** The first line of a JSONL export: who signed, how many entries, and the head of the chain. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  publicKey: string;
  count: number;
  head: string;
  exportedAt: number;
  /** Ed25519 signature over the canonical header without `sig`. */
  sig: string;
}

/** Bytes that an export header's signature covers. */
export function headerMessage(h: Omit<ExportHeader, 'sig'>): Uint8Array {
  return utf8ToBytes(canonicalJson({ format: h.format, version: h.version, publicKey: h.publicKey, count: h.count, head: h.head, exportedAt: h.exportedAt }));
}

export class AuditLog {
  private constructor(
    readonly db: AuditDb,
    private readonly secretKey: Uint8Array,
    /** The install's Ed25519 public key, hex. Pin it with the verifier to rule out re-signing. */
    readonly publicKey: string,
    private readonly now: () => number,
  ) {}

  /**
   * Opens the log, creating the per-install signing key on first use.
   * @example const log = await AuditLog.open(); await log.append({ type: 'capture', chars: 1200 })
   */
  static async open(opts: { db?: AuditDb; now?: () => number } = {}): Promise<AuditLog> {
    const db = opts.db ?? new AuditDb();
    const signer = await db.transaction('rw', db.meta, async () => {
      const row = (await db.meta.get('signer')) as SignerRow | undefined;
      if (row) return row;
      const { secretKey, publicKey } = ed25519.keygen();
      const fresh: SignerRow = { key: 'signer', secretKey, publicKey };
      await db.meta.add(fresh);
      return fresh;
    });
    return new AuditLog(db, signer.secretKey, bytesToHex(signer.publicKey), opts.now ?? Date.now);
  }

  /** Appends one event; rejects anything outside the vocabulary (ERR_BAD_MESSAGE). */
  async append(event: AuditEvent): Promise<AuditEntry> {
    const clean = validateEvent(structuredClone(event));
    return this.db.transaction('rw', this.db.entries, async () => {
      const last = await this.db.entries.orderBy('seq').last();
      const body = { seq: last ? last.seq + 1 : 0, ts: this.now(), event: clean };
      const prev = last ? last.hash : GENESIS_HASH;
      const hash = chainHash(prev, body);
      const entry: AuditEntry = { ...body, prev, hash, sig: bytesToHex(ed25519.sign(hexToBytes(hash), this.secretKey)) };
      await this.db.entries.add(entry);
      return entry;
    });
  }

  /** Entries with seq >= `fromSeq`, in order. */
  async entries(fromSeq = 0): Promise<AuditEntry[]> {
    return this.db.entries.where('seq').aboveOrEqual(fromSeq).toArray();
  }

  /** A signed header for the given entries (the whole log by default). */
  header(entries: AuditEntry[]): ExportHeader {
    const h = {
      format: EXPORT_FORMAT, version: EXPORT_VERSION, publicKey: this.publicKey,
      count: entries.length, head: entries.at(-1)?.hash ?? GENESIS_HASH, exportedAt: this.now(),
    } as const;
    return { ...h, sig: bytesToHex(ed25519.sign(headerMessage(h), this.secretKey)) };
  }

  /**
   * Exports the log as JSONL: a signed header line carrying the public key, then one canonical
   * entry per line. Verify offline with `npm run audit:verify <file>`.
   */
  async exportJsonl(): Promise<string> {
    const entries = await this.entries();
    return [this.header(entries), ...entries].map((x) => canonicalJson(x)).join('\n') + '\n';
  }

  /** Highest seq the audit endpoint acknowledged (-1: none). */
  async ackedSeq(): Promise<number> {
    const row = (await this.db.meta.get('delivery')) as DeliveryRow | undefined;
    return row?.ackedSeq ?? -1;
  }

  /** Records an acknowledgement; never moves the cursor backwards. */
  async setAckedSeq(seq: number): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      const cur = await this.ackedSeq();
      if (seq > cur) await this.db.meta.put({ key: 'delivery', ackedSeq: seq });
    });
  }
}

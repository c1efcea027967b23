import 'fake-indexeddb/auto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, chainHash, type AuditEntry } from './canonical';
import { slug, sha256Hex, validateEvent, type AuditEvent } from './events';
import { fill, freshLog, joinExport, splitExport } from './test-helpers';
import { verifyEntries, verifyExport, describeResult } from './verify';

describe('canonical JSON', () => {
  it('sorts keys at every depth, drops undefined, has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }], u: undefined })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
    expect(canonicalJson({ z: 1, a: 2 })).toBe(canonicalJson({ a: 2, z: 1 }));
    expect(() => canonicalJson({ a: NaN })).toThrow('non-finite');
  });

  it('hash = SHA-256(prev bytes || canonical body)', async () => {
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const body = { seq: 0, ts: 5, event: { type: 'insert', chars: 3 } as AuditEvent };
    const expected = bytesToHex(sha256(new Uint8Array([...new Uint8Array(32), ...new TextEncoder().encode('{"event":{"chars":3,"type":"insert"},"seq":0,"ts":5}')])));
    expect(chainHash(GENESIS_HASH, body)).toBe(expected);
  });
});

describe('Ed25519 (RFC 8032 test 1)', () => {
  it('derives the published public key and signature for the empty message', () => {
    const sk = hexToBytes('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    expect(bytesToHex(ed25519.getPublicKey(sk))).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    expect(bytesToHex(ed25519.sign(new Uint8Array(0), sk))).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });
});

describe('event vocabulary (no free text)', () => {
  it('accepts the vocabulary', () => {
    const ok: AuditEvent[] = [
      { type: 'sanitize', counts: { NAME: 3, MRN: 1 }, ms: 12.5, model: slug('phi-ner-0.1') },
      { type: 'send', gateway: slug('org-gw'), template: slug('soap'), sanitizedSha256: sha256Hex('a'.repeat(64)), chars: 100 },
      { type: 'vault.lock', reason: 'idle' },
      { type: 'policy.change', keys: [slug('retention.maxcount')], policySha256: sha256Hex('b'.repeat(64)) },
    ];
    for (const e of ok) expect(validateEvent(e)).toBe(e);
  });

  it('rejects extra fields, free-text values and unknown entity keys, without echoing the value', () => {
    const bad: unknown[] = [
      { type: 'capture', chars: 10, text: 'Margaret Holloway' },
      { type: 'send', gateway: 'Margaret Holloway', template: 'soap', sanitizedSha256: 'a'.repeat(64), chars: 1 },
      { type: 'sanitize', counts: { 'Margaret Holloway': 1 }, ms: 1, model: 'm' },
      { type: 'capture', chars: -1 },
      { type: 'vault.lock', reason: 'because Margaret asked' },
      { type: 'note', text: 'x' },
      { type: 'draft.open', draft: 'Margaret' },
      { type: 'policy.change', keys: ['ok', 'Not A Slug'], policySha256: 'a'.repeat(64) },
    ];
    for (const e of bad) {
      let msg = '';
      expect(() => { try { validateEvent(e); } catch (err) { msg = (err as Error).message; throw err; } }).toThrow();
      expect(msg).not.toContain('Margaret');
    }
  });

  it('makes free text a compile-time error too', () => {
    // @ts-expect-error a plain string is not a Slug
    const e: AuditEvent = { type: 'receive', gateway: 'free text', chars: 1, ms: 1 };
    expect(() => validateEvent(e)).toThrow();
  });
});

describe('AuditLog + verify', () => {
  it('appends a signed hash chain that verifies', async () => {
    const log = await freshLog();
    await fill(log, 5);
    const entries = await log.entries();
    expect(entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(entries[0]!.prev).toBe(GENESIS_HASH);
    expect(entries[3]!.prev).toBe(entries[2]!.hash);
    expect(verifyEntries(entries, log.publicKey)).toEqual({ ok: true, count: 5, publicKey: log.publicKey });
    expect(verifyExport(await log.exportJsonl(), log.publicKey)).toMatchObject({ ok: true, count: 5 });
  });

  it('rejects events outside the vocabulary and writes nothing', async () => {
    const log = await freshLog();
    await expect(log.append({ type: 'capture', chars: 1, note: 'x' } as unknown as AuditEvent)).rejects.toMatchObject({ code: 'ERR_BAD_MESSAGE' });
    expect(await log.entries()).toEqual([]);
  });

  it('concurrent appends never fork the chain', async () => {
    const log = await freshLog();
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append({ type: 'insert', chars: i })));
    expect(verifyEntries(await log.entries(), log.publicKey)).toMatchObject({ ok: true, count: 20 });
  });

  it('keeps the signing key across reopen (per install)', async () => {
    const log = await freshLog();
    const { AuditLog } = await import('./log');
    const again = await AuditLog.open({ db: log.db });
    expect(again.publicKey).toBe(log.publicKey);
  });
});

describe('tamper detection at the right index (JSONL export)', () => {
  async function exported(count = 8) {
    const log = await freshLog();
    await fill(log, count);
    return { log, ...splitExport(await log.exportJsonl()) };
  }
  const edit = (line: string, f: (e: AuditEntry) => void) => {
    const e = JSON.parse(line) as AuditEntry;
    f(e);
    return canonicalJson(e);
  };

  it('modified entry -> its index (hash)', async () => {
    const { header, lines, log } = await exported();
    lines[3] = edit(lines[3]!, (e) => { (e.event as { chars: number }).chars += 1; });
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 3, reason: 'hash' });
  });

  it('modified entry with recomputed hash -> its index (signature)', async () => {
    const { header, lines, log } = await exported();
    lines[2] = edit(lines[2]!, (e) => { e.ts += 1; e.hash = chainHash(e.prev, e); });
    const r = verifyExport(joinExport(header, lines), log.publicKey);
    expect(r).toMatchObject({ ok: false, index: 2, reason: 'signature' });
  });

  it('deleted entry -> its index', async () => {
    const { header, lines, log } = await exported();
    lines.splice(4, 1);
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 4, reason: 'seq' });
  });

  it('inserted entry (even a correctly chained, renumbered forgery) -> its index', async () => {
    const { header, lines, log } = await exported();
    const prev = JSON.parse(lines[4]!) as AuditEntry;
    const body = { seq: 5, ts: prev.ts + 1, event: { type: 'insert', chars: 1 } as AuditEvent };
    const forged: AuditEntry = { ...body, prev: prev.hash, hash: chainHash(prev.hash, body), sig: 'a'.repeat(128) };
    lines.splice(5, 0, canonicalJson(forged));
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 5, reason: 'signature' });
  });

  it('reordered entries -> the first moved index', async () => {
    const { header, lines, log } = await exported();
    [lines[5], lines[6]] = [lines[6]!, lines[5]!];
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 5 });
    // Renumbering seq does not help: the chain link breaks instead.
    lines[5] = edit(lines[5]!, (e) => { e.seq = 5; });
    lines[6] = edit(lines[6]!, (e) => { e.seq = 6; });
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 5, reason: 'prev' });
  });

  it('bad signature -> its index', async () => {
    const { header, lines, log } = await exported();
    lines[7] = edit(lines[7]!, (e) => { e.sig = e.sig.slice(0, -2) + (e.sig.endsWith('00') ? '01' : '00'); });
    expect(verifyExport(joinExport(header, lines), log.publicKey)).toMatchObject({ ok: false, index: 7, reason: 'signature' });
  });

  it('truncated tail -> the first missing index; extra tail -> the first extra index', async () => {
    const { header, lines, log } = await exported();
    expect(verifyExport(joinExport(header, lines.slice(0, 6)), log.publicKey)).toMatchObject({ ok: false, index: 6, reason: 'truncated' });
    await fill(log, 2); // entries appended after the export was signed
    const longer = splitExport(await log.exportJsonl()).lines;
    expect(verifyExport(joinExport(header, longer), log.publicKey)).toMatchObject({ ok: false, index: 8, reason: 'extra' });
  });

  it('a whole log re-signed with another key passes only when the key is not pinned', async () => {
    const { log } = await exported();
    const other = await freshLog();
    await fill(other, 8);
    const text = await other.exportJsonl();
    expect(verifyExport(text).ok).toBe(true);
    expect(verifyExport(text, log.publicKey)).toMatchObject({ ok: false, index: 0, reason: 'key' });
  });

  it('describeResult names the index and never quotes entry content', async () => {
    const { header, lines, log } = await exported();
    lines[1] = '{"not json';
    const r = verifyExport(joinExport(header, lines), log.publicKey);
    expect(describeResult(r)).toBe('TAMPERED at index 1: entry is malformed or holds a field outside the audit vocabulary');
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logRecords, tableBlocks } from './leveldb';
import { scanProfile } from './profile-scan';
import { snappyDecompress } from './snappy';

const NEEDLE = 'Holloway';
const enc = (s: string) => [...Buffer.from(s, 'latin1')];
const lit = (s: string) => [(s.length - 1) << 2, ...enc(s)];
const copy1 = (len: number, offset: number) => [1 | ((len - 4) << 2) | ((offset >> 8) << 5), offset & 0xff];

/** "HollzzzzowayHolloway": the second "Holloway" exists only as two back-references. */
const SPLIT_STREAM = Uint8Array.from([20, ...lit('Hollzzzzoway'), ...copy1(4, 12), ...copy1(4, 8)]);

function u32(n: number) {
  return [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A minimal LevelDB table: one snappy data block, an index block pointing at it, a footer. */
function table(): Uint8Array {
  const data = [...SPLIT_STREAM, 1, 0, 0, 0, 0];
  const handle = [0, SPLIT_STREAM.length];
  const indexBlock = [0, 1, handle.length, ...enc('k'), ...handle, ...u32(0), ...u32(1)];
  const indexOffset = data.length;
  const footer = [0, 0, indexOffset, indexBlock.length];
  const file = [...data, ...indexBlock, 0, 0, 0, 0, 0, ...footer, ...new Array(40 - footer.length).fill(0), 0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];
  return Uint8Array.from(file);
}

/** A LevelDB log whose one record is split across the 32 KiB block boundary in the middle of NEEDLE. */
function splitLog(): Uint8Array {
  const first = Buffer.alloc(32768 - 7, 0x2e);
  first.write('Hollo', first.length - 5, 'latin1');
  const last = Buffer.from('way and the rest', 'latin1');
  return Uint8Array.from([0, 0, 0, 0, first.length & 0xff, first.length >> 8, 2, ...first, 0, 0, 0, 0, last.length, 0, 4, ...last]);
}

describe('snappy', () => {
  it('decodes literals and copies, including a string that exists only as back-references', () => {
    const out = snappyDecompress(SPLIT_STREAM)!;
    expect(Buffer.from(out).toString('latin1')).toBe('HollzzzzowayHolloway');
    expect(Buffer.from(SPLIT_STREAM).includes(NEEDLE)).toBe(false);
  });

  it('returns null for malformed streams instead of throwing', () => {
    expect(snappyDecompress(Uint8Array.of(5, ...copy1(4, 1)))).toBeNull(); // copy before any output
    expect(snappyDecompress(Uint8Array.of(10, ...lit('abc')))).toBeNull(); // truncated
    expect(snappyDecompress(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x7f))).toBeNull(); // absurd length
    expect(snappyDecompress(Uint8Array.of())).toBeNull();
  });
});

describe('leveldb layers', () => {
  it('reassembles a log record split across blocks', () => {
    const file = splitLog();
    expect(Buffer.from(file).includes(NEEDLE)).toBe(false);
    const records = logRecords(file);
    expect(records).toHaveLength(1);
    expect(Buffer.from(records[0]!).includes(NEEDLE)).toBe(true);
  });

  it('decompresses table data blocks through the index block', () => {
    const blocks = tableBlocks(table());
    expect(blocks.map((b) => Buffer.from(b).toString('latin1'))).toEqual(['HollzzzzowayHolloway']);
    expect(tableBlocks(Uint8Array.of(1, 2, 3))).toEqual([]);
  });
});

describe('scanProfile', () => {
  it('finds a needle in every hiding place and reports it by index, not by value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-scan-'));
    const idb = join(dir, 'Default', 'IndexedDB', 'chrome-extension_x_0.indexeddb.leveldb');
    mkdirSync(idb, { recursive: true });
    writeFileSync(join(idb, '000003.log'), splitLog());
    writeFileSync(join(idb, '000005.ldb'), table());
    writeFileSync(join(dir, 'Default', 'value.bin'), Uint8Array.from([9, 9, 0xff, 0x11, 0x02, ...SPLIT_STREAM, 7]));
    writeFileSync(join(dir, 'Default', 'utf16.bin'), Buffer.from(`x${NEEDLE}y`, 'utf16le'));
    writeFileSync(join(dir, 'Default', 'clean.bin'), Buffer.from('nothing to see', 'utf8'));
    const r = scanProfile(dir, ['absent needle', NEEDLE]);
    const got = r.findings.map((f) => `${f.file.split('/').pop()}:${f.layer}:${f.encoding}:${f.needle}`).sort();
    expect(got).toEqual(['000003.log:log-record:utf8:1', '000005.ldb:table-block:utf8:1', 'utf16.bin:raw:utf16le:1', 'value.bin:idb-snappy:utf8:1']);
    expect(r.filesScanned).toBe(5);
    expect(JSON.stringify(r)).not.toContain(NEEDLE);
    expect(scanProfile(dir, [NEEDLE], (p) => p.endsWith('clean.bin')).findings).toEqual([]);
  });

  it('counts a digits-only needle only where it stands alone, in UTF-8 and UTF-16', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-scan-'));
    writeFileSync(join(dir, 'Preferences'), '{"last_seen":"13397211234567","zip":"x97211y"}');
    writeFileSync(join(dir, 'inside.bin'), Buffer.from('t=1397211', 'utf16le'));
    writeFileSync(join(dir, 'alone.bin'), Buffer.from('ZIP 97211.', 'utf16le'));
    const got = scanProfile(dir, ['97211']).findings.map((f) => `${f.file}:${f.encoding}`).sort();
    expect(got).toEqual(['Preferences:utf8', 'alone.bin:utf16le']);
  });
});

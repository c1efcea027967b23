/**
 * Node-only: scans a browser profile folder on disk for PHI strings (used by the e2e leak tests).
 * Each file is searched as raw bytes, and also through the layers that can hide text from a naive
 * grep: LevelDB log records split across 32 KiB blocks, snappy-compressed table blocks, and
 * snappy-compressed IndexedDB values (Blink's 0xFF 0x11 0x02 envelope). Needles are matched as
 * UTF-8, UTF-16LE (V8's two-byte strings) and Latin-1. Invariant: reports name the needle by index.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { logRecords, tableBlocks } from './leveldb';
import { snappyDecompress } from './snappy';

export type ScanLayer = 'raw' | 'log-record' | 'table-block' | 'idb-snappy';

export interface ScanFinding {
  /** Path relative to the scanned folder. */
  file: string;
  /** Index into the needles array (the needle itself is not repeated here). */
  needle: number;
  encoding: 'utf8' | 'utf16le' | 'latin1';
  layer: ScanLayer;
}

export interface ScanReport {
  filesScanned: number;
  bytesScanned: number;
  /** Snappy streams (table blocks and IndexedDB values) decompressed and searched. */
  streamsDecompressed: number;
  findings: ScanFinding[];
}

const BLINK_SNAPPY = Buffer.from([0xff, 0x11, 0x02]);

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // vanished (browser still shutting down) or unreadable socket
    }
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile()) yield p;
  }
}

function variants(needle: string): { enc: ScanFinding['encoding']; bytes: Buffer }[] {
  const out: { enc: ScanFinding['encoding']; bytes: Buffer }[] = [
    { enc: 'utf8', bytes: Buffer.from(needle, 'utf8') },
    { enc: 'utf16le', bytes: Buffer.from(needle, 'utf16le') },
  ];
  if ([...needle].every((c) => c.charCodeAt(0) < 256) && /[\u0080-\u00ff]/.test(needle)) out.push({ enc: 'latin1', bytes: Buffer.from(needle, 'latin1') });
  return out;
}

/** A digit (ASCII '0'-'9') at byte `i` in this encoding; out of range is not a digit. */
function digitAt(buf: Buffer, i: number, enc: ScanFinding['encoding']): boolean {
  if (i < 0 || i >= buf.length) return false;
  const isDigit = buf[i]! >= 0x30 && buf[i]! <= 0x39;
  return enc === 'utf16le' ? isDigit && buf[i + 1] === 0 : isDigit;
}

/**
 * Whether `bytes` occurs in `buf`. A needle made only of digits (a ZIP, an MRN) counts only where it
 * stands alone, not inside a longer run of digits: Chromium's Preferences hold many long numbers
 * (timestamps, ids) that contain any 5-digit string sooner or later.
 */
function occurs(buf: Buffer, bytes: Buffer, enc: ScanFinding['encoding'], digitsOnly: boolean): boolean {
  const width = enc === 'utf16le' ? 2 : 1;
  for (let i = buf.indexOf(bytes); i >= 0; i = buf.indexOf(bytes, i + 1)) {
    if (!digitsOnly) return true;
    if (!digitAt(buf, i - width, enc) && !digitAt(buf, i + bytes.length, enc)) return true;
  }
  return false;
}

/** Blink-compressed IndexedDB values inside `buf`, decompressed. */
function blinkValues(buf: Buffer): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = buf.indexOf(BLINK_SNAPPY); i >= 0; i = buf.indexOf(BLINK_SNAPPY, i + 1)) {
    const v = snappyDecompress(buf, i + 3, buf.length, 16 * 1024 * 1024);
    if (v) out.push(v);
  }
  return out;
}

/**
 * Scans every file under `dir` for every needle.
 * @param include optional filter on the relative path (e.g. only the extension's own storage)
 * @example const r = scanProfile(profileDir, DEMO_PHI_STRINGS); expect(r.findings).toEqual([])
 */
export function scanProfile(dir: string, needles: readonly string[], include: (relPath: string) => boolean = () => true): ScanReport {
  const pats = needles.map(variants);
  const digitsOnly = needles.map((n) => /^\d+$/.test(n));
  const report: ScanReport = { filesScanned: 0, bytesScanned: 0, streamsDecompressed: 0, findings: [] };
  for (const path of walk(dir)) {
    const file = relative(dir, path);
    if (!include(file)) continue;
    let raw: Buffer;
    try {
      raw = readFileSync(path);
    } catch {
      continue;
    }
    report.filesScanned++;
    report.bytesScanned += raw.length;
    const views: { layer: ScanLayer; buf: Buffer }[] = [{ layer: 'raw', buf: raw }];
    if (/\.log$/.test(file)) for (const r of logRecords(raw)) views.push({ layer: 'log-record', buf: Buffer.from(r.buffer, r.byteOffset, r.byteLength) });
    if (/\.(ldb|sst)$/.test(file)) {
      for (const b of tableBlocks(raw)) {
        report.streamsDecompressed++;
        views.push({ layer: 'table-block', buf: Buffer.from(b.buffer, b.byteOffset, b.byteLength) });
      }
    }
    for (const v of [...views]) {
      for (const d of blinkValues(v.buf)) {
        report.streamsDecompressed++;
        views.push({ layer: 'idb-snappy', buf: Buffer.from(d.buffer, d.byteOffset, d.byteLength) });
      }
    }
    const seen = new Set<string>();
    for (const { layer, buf } of views) {
      pats.forEach((vs, needle) => {
        for (const { enc, bytes } of vs) {
          const key = `${needle}:${enc}`;
          if (!seen.has(key) && bytes.length > 0 && occurs(buf, bytes, enc, digitsOnly[needle]!)) {
            seen.add(key);
            report.findings.push({ file, needle, encoding: enc, layer });
          }
        }
      });
    }
  }
  return report;
}

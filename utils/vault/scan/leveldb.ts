/**
 * Just enough LevelDB file parsing for the profile scan: reassemble write-ahead-log records
 * (which are cut into 32 KiB blocks with 7-byte headers, possibly splitting a value) and
 * decompress table (.ldb) data blocks. Pure; malformed input yields what could be read, never throws.
 */
import { readVarint, snappyDecompress } from './snappy';

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;
const TABLE_MAGIC = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]; // 0xdb4775248b80fb57, little-endian

/** Joins the fragments of each log record (FULL=1, FIRST=2, MIDDLE=3, LAST=4). */
export function logRecords(file: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let parts: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    let p = block;
    const blockEnd = Math.min(block + LOG_BLOCK, file.length);
    while (p + LOG_HEADER <= blockEnd) {
      const len = file[p + 4]! | (file[p + 5]! << 8);
      const type = file[p + 6]!;
      const start = p + LOG_HEADER;
      if (type === 0 || start + len > blockEnd) break;
      const frag = file.subarray(start, start + len);
      if (type === 1) out.push(frag);
      else if (type === 2) parts = [frag];
      else if (type === 3) parts.push(frag);
      else if (type === 4) {
        parts.push(frag);
        out.push(concat(parts));
        parts = [];
      }
      p = start + len;
    }
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function blockContents(file: Uint8Array, offset: number, size: number): Uint8Array | null {
  if (offset + size + 5 > file.length) return null;
  const type = file[offset + size]!;
  if (type === 0) return file.subarray(offset, offset + size);
  if (type === 1) return snappyDecompress(file, offset, offset + size);
  return null;
}

/** Decompressed data blocks of an .ldb/.sst table (index block entries point at them). */
export function tableBlocks(file: Uint8Array): Uint8Array[] {
  if (file.length < 48 || !TABLE_MAGIC.every((b, i) => file[file.length - 8 + i] === b)) return [];
  const footer = file.length - 48;
  const meta = readVarint(file, footer);
  const metaSize = meta && readVarint(file, meta[1]);
  const idxOff = metaSize && readVarint(file, metaSize[1]);
  const idxSize = idxOff && readVarint(file, idxOff[1]);
  if (!idxOff || !idxSize) return [];
  const index = blockContents(file, idxOff[0], idxSize[0]);
  if (!index || index.length < 4) return [];
  const view = new DataView(index.buffer, index.byteOffset, index.byteLength);
  const restarts = view.getUint32(index.length - 4, true);
  const entriesEnd = index.length - 4 - 4 * restarts;
  const blocks: Uint8Array[] = [];
  let p = 0;
  while (p < entriesEnd) {
    const shared = readVarint(index, p);
    const unshared = shared && readVarint(index, shared[1]);
    const valueLen = unshared && readVarint(index, unshared[1]);
    if (!valueLen) break;
    const valueStart = valueLen[1] + unshared[0];
    const off = readVarint(index, valueStart);
    const size = off && readVarint(index, off[1]);
    if (!size) break;
    const data = blockContents(file, off[0], size[0]);
    if (data) blocks.push(data);
    p = valueStart + valueLen[0];
  }
  return blocks;
}

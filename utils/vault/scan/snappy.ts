/**
 * A small, bounds-checked Snappy (raw format) decompressor, used only by the profile-on-disk scan:
 * Chromium snappy-compresses LevelDB table blocks and large IndexedDB values, so a plain byte scan
 * could miss PHI that was split into back-references. Invariant: malformed input returns null,
 * never throws, never reads out of bounds, and never allocates more than `maxOutput` bytes.
 */

/** Reads a little-endian base-128 varint; returns [value, nextOffset] or null. */
export function readVarint(buf: Uint8Array, pos: number): [number, number] | null {
  let result = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    if (pos >= buf.length) return null;
    const b = buf[pos++]!;
    result += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [result, pos];
  }
  return null;
}

/**
 * Decompresses a raw Snappy stream starting at `start` and ending at `end` (exclusive).
 * @returns the bytes, or null when the data is not a valid stream
 * @example snappyDecompress(Uint8Array.of(3, 8, 0x61, 0x62, 0x63)) // 'abc'
 */
export function snappyDecompress(buf: Uint8Array, start = 0, end = buf.length, maxOutput = 64 * 1024 * 1024): Uint8Array | null {
  const pre = readVarint(buf, start);
  if (!pre) return null;
  const [length, first] = pre;
  if (length > maxOutput) return null;
  const out = new Uint8Array(length);
  let op = 0;
  let ip = first;
  while (op < length) {
    if (ip >= end) return null;
    const tag = buf[ip++]!;
    const kind = tag & 3;
    if (kind === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const extra = len - 59;
        if (ip + extra > end) return null;
        len = 0;
        for (let i = 0; i < extra; i++) len |= buf[ip + i]! << (8 * i);
        ip += extra;
      }
      len += 1;
      if (ip + len > end || op + len > length) return null;
      out.set(buf.subarray(ip, ip + len), op);
      ip += len;
      op += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (kind === 1) {
      if (ip >= end) return null;
      len = 4 + ((tag >> 2) & 7);
      offset = ((tag >> 5) << 8) | buf[ip++]!;
    } else {
      const n = kind === 2 ? 2 : 4;
      if (ip + n > end) return null;
      len = (tag >> 2) + 1;
      offset = 0;
      for (let i = 0; i < n; i++) offset += buf[ip + i]! * 2 ** (8 * i);
      ip += n;
    }
    if (offset === 0 || offset > op || op + len > length) return null;
    for (let i = 0; i < len; i++, op++) out[op] = out[op - offset]!;
  }
  return out;
}

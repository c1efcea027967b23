/**
 * Streaming-safe re-identification. Invariant: a placeholder split across SSE chunks
 * ("[NA" + "ME_1]") is never shown raw or half-restored: only a suffix that could still become
 * a placeholder is held back. At end of stream it fails closed: an unknown or unfinished
 * placeholder is shown masked, never guessed. Runs locally; originals never leave the panel.
 */
import { bracketed, canonicalKey, entityOf, holdFrom, PLACEHOLDER_RE, type PlaceholderKey } from './placeholder.ts';

/** A piece of the summary as the panel shows it. */
export type Segment =
  | { kind: 'text'; text: string }
  /** A placeholder we can restore locally: `original` is shown unless the view is masked. */
  | { kind: 'restored'; key: PlaceholderKey; entity: string; original: string }
  /** Unknown or unfinished placeholder: always shown masked. */
  | { kind: 'masked'; text: string };

/** Placeholder -> original, built from the engine's Analysis.placeholders (first entry wins). */
export function placeholderMap(entries: readonly { placeholder: string; original: string }[]): Map<PlaceholderKey, string> {
  const map = new Map<PlaceholderKey, string>();
  for (const e of entries) {
    PLACEHOLDER_RE.lastIndex = 0;
    const m = PLACEHOLDER_RE.exec(e.placeholder);
    if (!m) continue;
    const key = canonicalKey((m[1] ?? m[3])!, (m[2] ?? m[4])!);
    if (!map.has(key)) map.set(key, e.original);
  }
  return map;
}

/**
 * Splits finished text into segments, restoring every complete placeholder (lenient forms).
 * @example segmentText('Seen by NAME_1.', new Map([['NAME_1', 'Ann Lee']])) // text, restored(Ann Lee), text
 */
export function segmentText(text: string, map: ReadonlyMap<PlaceholderKey, string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(text); m; m = PLACEHOLDER_RE.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const key = canonicalKey((m[1] ?? m[3])!, (m[2] ?? m[4])!);
    const original = map.get(key);
    out.push(original === undefined ? { kind: 'masked', text: bracketed(key) } : { kind: 'restored', key, entity: entityOf(key), original });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export interface StreamingReidentifier {
  /** Adds a delta; returns the segments now safe to show (possibly none). */
  push(delta: string): Segment[];
  /** Ends the stream: flushes the held suffix, failing closed. */
  end(): Segment[];
  /** Everything emitted so far. */
  readonly segments: readonly Segment[];
}

/**
 * @example
 * const r = createStreamingReidentifier(map);
 * r.push('Seen by [NA'); // [{ kind: 'text', text: 'Seen by ' }]
 * r.push('ME_1].');      // [{ kind: 'restored', ... }, { kind: 'text', text: '.' }]
 */
export function createStreamingReidentifier(map: ReadonlyMap<PlaceholderKey, string>): StreamingReidentifier {
  let pending = '';
  const all: Segment[] = [];
  const emit = (segs: Segment[]) => (all.push(...segs), segs);
  return {
    get segments() { return all; },
    push(delta) {
      pending += delta;
      const { index } = holdFrom(pending);
      const ready = pending.slice(0, index);
      pending = pending.slice(index);
      return emit(ready ? segmentText(ready, map) : []);
    },
    end() {
      const rest = pending;
      pending = '';
      if (!rest) return [];
      const segs = segmentText(rest, map);
      const tail = segs[segs.length - 1];
      if (tail?.kind === 'text') {
        const { index, kind } = holdFrom(tail.text);
        if (kind === 'partial') {
          segs.pop();
          if (index > 0) segs.push({ kind: 'text', text: tail.text.slice(0, index) });
          segs.push({ kind: 'masked', text: '[…]' });
        }
      }
      return emit(segs);
    },
  };
}

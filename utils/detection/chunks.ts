/**
 * Chunking for long input: windows of at most `size` UTF-16 units, cut at a line break, else a
 * sentence end, else whitespace, never inside a surrogate pair, with `overlap` units shared by
 * neighbours so a span cut by one window is whole in the next.
 */

export interface Chunk {
  start: number;
  text: string;
}

function cutPoint(text: string, from: number, to: number): number {
  if (to >= text.length) return text.length;
  const window = text.slice(from, to);
  const cut = lastBreak(window, Math.floor(window.length / 2));
  if (cut >= 0) return from + cut;
  const c = text.charCodeAt(to);
  return c >= 0xdc00 && c <= 0xdfff ? to - 1 : to;
}

const SPACE = /\s/;

/**
 * Offset just after the last line break in `window`, else after the last sentence end ([.!?]
 * then whitespace), else after the last whitespace, if it is at or past `minCut`; -1 if none.
 * Scans back from the end once per kind (a regex for "the last match" rescanned the rest of the
 * window at every candidate: quadratic, and seconds on a 1 MB selection without line breaks).
 */
function lastBreak(window: string, minCut: number): number {
  const nl = window.lastIndexOf('\n');
  if (nl >= minCut) return nl + 1;
  for (let i = window.length - 2; i >= minCut; i--) {
    const c = window[i];
    if ((c === '.' || c === '!' || c === '?') && SPACE.test(window[i + 1]!)) return i + 2;
  }
  for (let i = window.length - 1; i >= minCut; i--) if (SPACE.test(window[i]!)) return i + 1;
  return -1;
}

/**
 * Splits text into overlapping chunks whose offsets map back by adding `start`.
 * @example chunkText('a\nb', 4000, 200) // [{ start: 0, text: 'a\nb' }]
 */
export function chunkText(text: string, size = 4000, overlap = 300): Chunk[] {
  if (size <= overlap * 2) throw new RangeError('chunk size must exceed twice the overlap');
  const out: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    const end = cutPoint(text, start, start + size);
    out.push({ start, text: text.slice(start, end) });
    if (end >= text.length) break;
    let next = Math.max(start + 1, end - overlap);
    const ws = text.slice(next, end).search(/\s/);
    if (ws >= 0) next += ws + 1;
    const c = text.charCodeAt(next);
    if (c >= 0xdc00 && c <= 0xdfff) next++;
    start = next;
  }
  return out;
}

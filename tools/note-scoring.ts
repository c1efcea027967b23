/**
 * How a hand-written note is scored against its `phi` and `keep` lists, shared by the realistic
 * notes test (utils/detection/realistic.test.ts) and `npm run eval:notes` (tools/score-notes.ts)
 * so the two can never count differently.
 */
import { escapeRegExp } from '../utils/detection/text';
import type { Span } from '../utils/detection/types';

/** Whether every letter and digit in [start, end) lies inside some span. */
export function covered(text: string, spans: readonly Span[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i]!) && !spans.some((s) => s.start <= i && s.end > i)) return false;
  return true;
}

/** Index of `word` as a whole word (no letter on either side), or -1. */
function wordAt(text: string, word: string): number {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').exec(text)?.index ?? -1;
}

/** The spans touching the first whole-word occurrence of a clinical word; null when it is not in the text. */
export function spansOnWord(text: string, spans: readonly Span[], word: string): Span[] | null {
  const at = wordAt(text, word);
  return at < 0 ? null : spans.filter((s) => s.start < at + word.length && s.end > at);
}

/**
 * Whether a PHI value is masked wherever it stands as a whole word (no letter or digit touching
 * either end: "AL" in "SOCIAL" is no occurrence of the name "AL"); a value that never stands
 * alone counts at its first occurrence. A value missing from the text counts as missed.
 */
export function phiMasked(text: string, spans: readonly Span[], value: string): boolean {
  const whole = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);
  const at = whole.length ? whole : [text.indexOf(value)];
  return at.every((i) => i >= 0 && covered(text, spans, i, i + value.length));
}

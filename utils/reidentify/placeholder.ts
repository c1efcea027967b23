/**
 * Recognises engine placeholders ([NAME_1]) leniently, the way LLMs mangle them: brackets
 * dropped ("NAME_1"), case changed ("[name_1]"), wrapped in emphasis ("**[Name_1]**"), spaces
 * inside brackets. Also answers "could this suffix still become a placeholder?" so streaming
 * can hold back exactly that suffix and nothing more.
 */
import { ENTITY_TYPES } from '../detection/types.ts';

/** Canonical key of a placeholder, e.g. "NAME_1" for "[NAME_1]". */
export type PlaceholderKey = string;

const TYPES = [...ENTITY_TYPES].sort((a, b) => b.length - a.length);
const TYPE_ALT = TYPES.join('|');

/**
 * A complete placeholder: `[ TYPE_n ]` (separator `_`, `-` or space inside brackets; a dropped
 * closing bracket is tolerated) or a bare
 * `TYPE_n` with word boundaries. Group 1/2: bracketed type/number, 3/4: bare type/number.
 */
export const PLACEHOLDER_RE = new RegExp(
  `\\[\\s*(${TYPE_ALT})[_\\- ](\\d+)(?![0-9])(?:\\s*\\])?|(?<![A-Za-z0-9_])(${TYPE_ALT})_(\\d+)(?![A-Za-z0-9_])`,
  'gi',
);

/** Canonical key from a type and number as written by the model. */
export function canonicalKey(type: string, num: string): PlaceholderKey {
  return `${type.toUpperCase()}_${Number(num)}`;
}

/** Canonical display form of a key: "NAME_1" -> "[NAME_1]". */
export function bracketed(key: PlaceholderKey): string {
  return `[${key}]`;
}

/** The entity type of a key ("NAME_1" -> "NAME"). */
export function entityOf(key: PlaceholderKey): string {
  return key.slice(0, key.lastIndexOf('_'));
}

export type Viability = 'no' | 'partial' | 'bare-letters';

/**
 * Whether `s` (a suffix of the text so far) could still grow into a placeholder.
 * 'partial': hold it back; 'bare-letters': hold it (e.g. "NAM") but it is ordinary text if the
 * stream ends there; 'no': safe to show.
 */
export function viability(s: string): Viability {
  let r = s;
  const bracket = r.startsWith('[');
  if (bracket) r = r.slice(1).replace(/^\s+/, '');
  if (r === '') return bracket ? 'partial' : 'no';
  const letters = /^[A-Za-z]+/.exec(r)?.[0] ?? '';
  if (letters === '') return 'no';
  const upper = letters.toUpperCase();
  if (letters.length === r.length) {
    if (!TYPES.some((t) => t.startsWith(upper))) return 'no';
    return bracket ? 'partial' : 'bare-letters';
  }
  if (!TYPES.includes(upper as (typeof TYPES)[number])) return 'no';
  r = r.slice(letters.length);
  const sep = r[0];
  if (!(sep === '_' || (bracket && (sep === '-' || sep === ' ')))) return 'no';
  r = r.slice(1);
  if (r === '') return 'partial';
  const digits = /^\d+/.exec(r)?.[0] ?? '';
  if (digits === '') return 'no';
  r = r.slice(digits.length);
  if (r === '') return 'partial'; // more digits, or the closing bracket, may follow
  return bracket && r.trim() === '' ? 'partial' : 'no';
}

const MAX_HOLD = 32;

/**
 * Index from which the text must be held back (text.length when nothing needs holding).
 * Picks the longest viable suffix; a bare candidate needs a word boundary before it.
 * @example holdFrom('Seen by [NA') // 8
 */
export function holdFrom(text: string): { index: number; kind: Viability } {
  for (let i = Math.max(0, text.length - MAX_HOLD); i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '[' && (!/[A-Za-z]/.test(ch) || (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]!)))) continue;
    const v = viability(text.slice(i));
    if (v !== 'no') return { index: i, kind: v };
  }
  return { index: text.length, kind: 'no' };
}

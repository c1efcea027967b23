/**
 * The one merge rule of the engine. Overlapping spans are unioned (masking is never narrowed);
 * the label of a merged span comes from the longest member, then the highest score, then the
 * type priority below. Output is in document order; the input array and spans are not mutated.
 * Adjacent spans (one ends where the next starts) stay separate.
 */
import { wordTokens } from './text';
import type { EntityType, Span } from './types';

/** Earlier = more specific; breaks ties between equally long, equally scored spans. */
export const TYPE_PRIORITY: readonly EntityType[] = [
  'SSN', 'MRN', 'EMAIL', 'URL', 'IP', 'PHONE', 'FAX', 'DATE', 'AGE', 'ID', 'ZIP', 'ADDRESS',
  'NAME', 'ORGANIZATION', 'LOCATION', 'OTHER',
];

function better(a: Span, b: Span): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  if (a.score !== b.score) return a.score > b.score;
  return TYPE_PRIORITY.indexOf(a.entity) < TYPE_PRIORITY.indexOf(b.entity);
}

const BETWEEN_INITIAL = /^\s+\p{Lu}\.?\s+$/u;
const NAME_SUFFIX_AFTER = /^,?\s+(?:Jr|Sr|JR|SR|II|III|IV)\b/;
/** " E." after a name, not followed by a lower-case word ("Ngozi E. (42F)", but not "Jones E. coli"). */
const NAME_INITIAL_AFTER = /^ \p{Lu}\.(?![\p{L}\p{N}])(?!\s*\p{Ll})/u;
const HYPHEN_PART_BEFORE = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+-$/u;
const HYPHEN_PART_AFTER = /^-\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/u;
/** A bare initial before a number or punctuation: "Jorge M 45M", "pt maria g 67f", "sofia h, preE". */
const BARE_INITIAL_AFTER = /^ \p{L}(?=\s+\d|\s*[,;:)]|\s*$)/u;

/**
 * Completes names the detectors found in parts: two names around a bare middle initial become one
 * ("Ravil" G "Yefimov"), and a generational suffix or a trailing initial joins the name before it
 * ("Kevin Veitonen II", "Ngozi E.", "maria g 67f"), and so does the other half of a hyphenated
 * name ("Wen-Hsiang Liu").
 * @example joinNameParts('Kate M Begum', [name(0, 4), name(7, 12)]) // one span 0..12
 */
export function joinNameParts(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    if (prev?.entity === 'NAME' && s.entity === 'NAME' && BETWEEN_INITIAL.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { ...prev, end: s.end, score: Math.max(prev.score, s.score) };
    } else {
      out.push(s);
    }
  }
  let grown = false;
  const withSuffix = out.map((span) => {
    if (span.entity !== 'NAME') return span;
    // "Wen-Hsiang Liu", "Delgado-Martinez": the capitalised other half of a hyphenated name.
    const before = HYPHEN_PART_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[0].length ?? 0;
    const hyphenAfter = HYPHEN_PART_AFTER.exec(text.slice(span.end, span.end + 24))?.[0].length ?? 0;
    const end = span.end + hyphenAfter;
    const after = text.slice(end, end + 12);
    const suffix = (NAME_SUFFIX_AFTER.exec(after) ?? NAME_INITIAL_AFTER.exec(after) ?? BARE_INITIAL_AFTER.exec(after))?.[0].length ?? 0;
    if (!before && !hyphenAfter && !suffix) return span;
    grown = true;
    return { ...span, start: span.start - before, end: end + suffix };
  });
  return grown ? mergeSpans(withSuffix) : withSuffix;
}

/** Characters either side of a span searched for the rest of a word it cuts. */
const WORD_REACH = 64;

/**
 * Widens each span to whole words (letters and digits with inner apostrophes, as `wordTokens`
 * reads them), then merges again: a word partly masked leaks the rest of it ("Szczepańska" masked
 * inside "Szczepańska's", "Neil" inside "O'Neil", digits inside "MRN12345").
 * @example widenToWords("O'Neil's chart", [{ start: 2, end: 6, ... }]) // one span 0..8
 */
export function widenToWords(text: string, spans: readonly Span[]): Span[] {
  let widened = false;
  const out = spans.map((name) => {
    const s = hyphenParts(text, name);
    if (s !== name) widened = true;
    if (!cutsWord(text, s.start) && !cutsWord(text, s.end)) return s;
    const from = Math.max(0, s.start - WORD_REACH);
    let { start, end } = s;
    for (const w of wordTokens(text.slice(from, Math.min(text.length, s.end + WORD_REACH)))) {
      const a = w.start + from;
      const b = w.end + from;
      if (a < start && start < b) start = a;
      if (a < end && end < b) end = b;
    }
    if (start === s.start && end === s.end) return s;
    widened = true;
    return { ...s, start, end };
  });
  return widened ? mergeSpans(out) : out;
}

/** Word parts joined to a name by a hyphen that are not a name's ("Smith-like", "Lee-type"). */
const NOT_NAME_PART = /^(?:like|type|style|based|related|induced|associated|negative|positive|year|years|yr|yo|old|md|rn|do|np|pa|dr|ex|non|pre|post|anti|mid|self|co|pro|re)$/i;

/**
 * "son Jae-won", "DIL MI-RAE", "Wilkes-Barre": a name or place span that ends or starts at a
 * hyphen takes the letters on the hyphen's other side, as a hyphenated name is one name (the model
 * may mark one half).
 */
function hyphenParts(text: string, s: Span): Span {
  if (s.entity !== 'NAME' && s.entity !== 'LOCATION' && s.entity !== 'ORGANIZATION') return s;
  const before = /(?<![\p{L}\p{N}'’-])(\p{L}{1,12})-$/u.exec(text.slice(Math.max(0, s.start - 14), s.start));
  const after = /^-(\p{L}{1,12})(?![\p{L}\p{N}'’-])/u.exec(text.slice(s.end, s.end + 14));
  const start = before && !NOT_NAME_PART.test(before[1]!) ? s.start - before[0].length : s.start;
  const end = after && !NOT_NAME_PART.test(after[1]!) ? s.end + after[0].length : s.end;
  return start === s.start && end === s.end ? s : { ...s, start, end };
}

const WORDISH = /^[\p{L}\p{N}\p{M}'’]$/u;

/** Whether offset `i` falls between two word characters (a cheap test before any tokenising). */
function cutsWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = String.fromCodePoint(text.codePointAt(/[\udc00-\udfff]/.test(text[i - 1]!) && i >= 2 ? i - 2 : i - 1)!);
  return WORDISH.test(before) && WORDISH.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Merges overlapping spans into their union.
 * @example mergeSpans([{start:0,end:5,entity:'NAME',...}, {start:3,end:9,entity:'DATE',...}])
 *   // one span 0..9, labelled DATE (the longer member)
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  let group: Span | null = null;
  let winner: Span | null = null;
  for (const s of sorted) {
    if (group && winner && s.start < group.end) {
      group.end = Math.max(group.end, s.end);
      group.score = Math.max(group.score, s.score);
      if (better(s, winner)) winner = s;
      continue;
    }
    if (group && winner) out.push({ ...group, entity: winner.entity, detector: winner.detector });
    group = { ...s };
    winner = s;
  }
  if (group && winner) out.push({ ...group, entity: winner.entity, detector: winner.detector });
  return out;
}

/** "St. ", "Mt. ", "Saint ", "Children's " right before a place: the first word of its name. */
const PLACE_PREFIX_BEFORE = /(?<![\p{L}\p{N}])(?:(?:st|ste|mt|ft)\.?|saint|mount|children['’]s) $/iu;

/** A floor or unit number right after a building's name: " 6", " 10" (not a count: "6 DAYS", "10 MG"). */
const WARD_FLOOR = /^ \d{1,2}(?![\d.:/-])(?! ?(?:days?|d|hrs?|h|hours?|weeks?|wks?|months?|mos?|years?|yrs?|mg|mcg|ml|l|units?|times|x|%|pm|am)\b)/i;

/**
 * Completes place spans: a place span, " in " or " at ", and the next place span become one ("St. Joseph
 * Hospital in Chicago", "Heart Center at Lawrence General": one placeholder for one place, as annotators mark it; only
 * LOCATION/ORGANIZATION pairs join), and a place takes the "St."/"Children's" word before it
 * ("st. luke's", "Children's Mercy Kansas City"), and after "to"/"from" its floor number
 * ("TRANSFER TO FARR 6").
 * @example joinPlaceIn('Cancer Center in Boston', [loc(0, 13), loc(17, 23)]) // one span 0..23
 */
export function joinPlaceIn(text: string, spans: readonly Span[]): Span[] {
  const place = (s: Span) => s.entity === 'LOCATION' || s.entity === 'ORGANIZATION';
  const out: Span[] = [];
  for (const span of spans) {
    const prefix = place(span) ? PLACE_PREFIX_BEFORE.exec(text.slice(Math.max(0, span.start - 12), span.start)) : null;
    const prefixed = prefix && (out.at(-1)?.end ?? 0) <= span.start - prefix[0].length ? { ...span, start: span.start - prefix[0].length } : span;
    const prev = out.at(-1);
    // "TRANSFER TO FARR 6", "from Finard 4": after a move, a building or unit name takes its floor number.
    const floor = (place(prefixed) || prefixed.entity === 'NAME') && /\b(?:to|from)\s+$/i.test(text.slice(Math.max(0, prefixed.start - 6), prefixed.start)) ? WARD_FLOOR.exec(text.slice(prefixed.end, prefixed.end + 12)) : null;
    const s = floor ? { ...prefixed, end: prefixed.end + floor[0].length } : prefixed;
    if (prev && place(prev) && place(s) && /^ (?:in|at) $/i.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { ...prev, end: s.end, entity: prev.entity === s.entity ? prev.entity : 'LOCATION', score: Math.max(prev.score, s.score) };
    } else {
      out.push(s);
    }
  }
  return out;
}

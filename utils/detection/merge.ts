/**
 * The one merge rule of the engine. Overlapping spans are unioned (masking is never narrowed);
 * the label of a merged span comes from the longest member, then the highest score, then the
 * type priority below. Output is in document order; the input array and spans are not mutated.
 * Adjacent spans (one ends where the next starts) stay separate.
 */
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

/**
 * Joins a place span, " in ", and the next place span into one ("St. Joseph Hospital in Chicago"):
 * one placeholder for one place, as annotators mark it. Only LOCATION/ORGANIZATION pairs join.
 * @example joinPlaceIn('Cancer Center in Boston', [loc(0, 13), loc(17, 23)]) // one span 0..23
 */
export function joinPlaceIn(text: string, spans: readonly Span[]): Span[] {
  const place = (s: Span) => s.entity === 'LOCATION' || s.entity === 'ORGANIZATION';
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    if (prev && place(prev) && place(s) && /^ in $/i.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { ...prev, end: s.end, entity: prev.entity === s.entity ? prev.entity : 'LOCATION', score: Math.max(prev.score, s.score) };
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * Known-PHI seeding (known.seed): identifiers already known for this document (patient name,
 * MRN, DOB from the EHR banner) are masked wherever they occur, exactly or fuzzily: any casing,
 * "Last, First", "F. Last", dotted initials, and IDs or dates with or without separators.
 * Invariant: never logs or throws with a known value in the message.
 */
import type { Detector, EntityType, Span } from '../types';
import { escapeRegExp, regexAll } from '../text';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TITLE = /^(?:dr|mr|mrs|ms|miss|mx|prof|jr|sr|ii|iii|md|rn)$/i;

function parseDate(s: string): { y: number; m: number; d: number } | null {
  let r = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (r) return { y: +r[1]!, m: +r[2]!, d: +r[3]! };
  r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (r) return { y: r[3]!.length === 2 ? 1900 + +r[3]! : +r[3]!, m: +r[1]!, d: +r[2]! };
  return null;
}

function datePatterns(s: string): string[] {
  const p = parseDate(s.trim());
  if (!p || p.m < 1 || p.m > 12) return [];
  const { y, m, d } = p;
  const yy = String(y % 100).padStart(2, '0');
  const mon = MONTHS[m - 1]!;
  return [
    `0?${m}[-/.]0?${d}[-/.](?:${y}|${yy})`, `${y}[-/.]0?${m}[-/.]0?${d}`, `${String(y)}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
    `(?:${mon}|${mon.slice(0, 3)})\\.?\\s+0?${d}(?:st|nd|rd|th)?,?\\s+${y}`, `0?${d}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${mon}|${mon.slice(0, 3)})\\.?,?\\s+${y}`,
  ];
}

function namePatterns(parts: string[]): string[] {
  const out: string[] = [];
  const p = parts.map(escapeRegExp);
  if (p.length >= 2) {
    const first = p[0]!, last = p[p.length - 1]!;
    out.push(p.join(String.raw`[\s.,-]+(?:[A-Za-z]\.?\s+)?`), `${last},?\\s+${first}`, `${first[0]}\\.?\\s*${last}`, `${last},?\\s+${first[0]}\\.?(?![A-Za-z])`);
    out.push(parts.map((w) => `${escapeRegExp(w[0]!)}\\.`).join('\\s?'));
  }
  for (const w of p) if (w.length >= 2) out.push(w);
  return out;
}

/**
 * Masks every exact and fuzzy occurrence of the document's known identifiers.
 * @example knownDetector.detect('SMITH, ANNA seen', { known: ['Anna Smith'], failSafeThreshold: 0.5 })
 */
export const knownDetector: Detector = {
  id: 'known.seed',
  entities: ['NAME', 'MRN', 'DATE', 'ID'],
  detect(text, context) {
    const spans: Span[] = [];
    for (const raw of context.known) {
      const k = raw.trim();
      if (k.length < 2) continue;
      let entity: EntityType = 'NAME';
      let patterns: string[];
      const dates = datePatterns(k);
      if (dates.length) {
        entity = 'DATE';
        patterns = [escapeRegExp(k), ...dates];
      } else if (/\d/.test(k)) {
        entity = 'MRN';
        const digits = k.replace(/[^0-9A-Za-z]/g, '');
        patterns = [escapeRegExp(k), digits.split('').map(escapeRegExp).join('[\\s./-]?')];
      } else {
        const parts = (k.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => !TITLE.test(w));
        patterns = namePatterns(parts);
      }
      if (!patterns.length) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      regexAll(re, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity, score: 0.99, detector: 'known.seed' }));
    }
    return spans;
  },
};

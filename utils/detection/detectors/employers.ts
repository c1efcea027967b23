/**
 * Employer detector (cue.employer): the capitalised name after a work cue ("works as a cashier at
 * Festival Foods", "retired from Boston Public Schools", "PT WORKS AT PRICE CHOPPER IN ALBANY").
 * An employer narrows who a patient is as much as a facility does. Not a rule detector: the
 * gateway's tripwire does not run it.
 * Invariant: in text written all in upper case, where every word looks capitalised, the name stops
 * at the first function word and never starts with a generic workplace noun ("AT NIGHT", "AT HOME").
 */
import type { Detector, Span } from '../types';
import { isUpperText, regexAll } from '../text';
import { FUNCTION_WORDS, startsWithTitle } from './name-cues';

const WORD = String.raw`\p{Lu}[\p{L}'’&-]*`;
const JOINER = String.raw`(?:&|[Oo][Ff]|[Aa][Nn][Dd])`;
const EMPLOYER = new RegExp(
  String.raw`\b(?:[Ww]orks?|[Ww]orked|[Ww]orking|[Ee]mployed|[Ee]mployee|[Ee]mployment|[Jj]ob|[Rr]etired|WORKS?|WORKED|WORKING|EMPLOYED|EMPLOYEE|JOB|RETIRED)\b[^.\n;:?!,]{0,40}?\b(?:at|for|by|from|AT|FOR|BY|FROM)\s+(?:the\s+|THE\s+)?(${WORD}(?:\s+(?:${JOINER}|${WORD})){0,4})`,
  'gu',
);
const TRAILING_JOINERS = /(?:\s+(?:&|of|and))+$/iu;
/** Workplaces named by a common noun, not an employer's name. */
const GENERIC_WORKPLACE = new Set(['home', 'night', 'nights', 'day', 'days', 'work', 'school', 'hospital', 'store', 'restaurant', 'bar', 'factory', 'warehouse', 'office', 'farm', 'shipyard', 'construction', 'local', 'same', 'times', 'least', 'years', 'yrs', 'months', 'weeks', 'time', 'present', 'baseline', 'rest', 'risk']);

/** Words that end an upper-case name beside the function words ("GENERAL ELECTRIC AFTER 30 YRS"). */
const NAME_STOPS = new Set(['after', 'before', 'since', 'until', 'till', 'during', 'when', 'while', 'then', 'now', 'x', 'per', 'last', 'this', 'today', 'yesterday', 'tonight']);

/** In upper-case text: the name up to its first function word (joiners aside), or '' for a generic noun. */
function upperName(name: string): string {
  const words = name.split(/\s+/);
  if (GENERIC_WORKPLACE.has(words[0]!.toLowerCase())) return '';
  let kept = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lower !== 'and' && lower !== 'of' && w !== '&' && (FUNCTION_WORDS.has(lower) || NAME_STOPS.has(lower))) break;
    kept++;
  }
  return words.slice(0, kept).join(' ').replace(TRAILING_JOINERS, '');
}

/**
 * Finds employer names after a work cue.
 * @example employerDetector.detect('Works as a cashier at Festival Foods.', ctx) // ORGANIZATION "Festival Foods"
 */
export const employerDetector: Detector = {
  id: 'cue.employer',
  entities: ['ORGANIZATION'],
  detect(text) {
    const upper = isUpperText(text);
    const spans: Span[] = [];
    regexAll(EMPLOYER, text, (m) => {
      const cueUpper = /^[A-Z]/.test(m[0]) && m[0].slice(0, 4) === m[0].slice(0, 4).toUpperCase();
      if (cueUpper !== upper) return; // "WORKS" only in upper-case text, "works" only in other text
      const name = upper ? upperName(m[1]!) : m[1]!.replace(TRAILING_JOINERS, '');
      if (!name || startsWithTitle(name)) return; // "works for Dr. Lee": a person
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + name.length, entity: 'ORGANIZATION', score: 0.8, detector: 'cue.employer' });
    });
    return spans;
  },
};

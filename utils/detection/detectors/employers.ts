/**
 * Employer detector (cue.employer): the capitalised name after a work cue ("works as a cashier at
 * Festival Foods", "retired from Boston Public Schools"). An employer narrows who a patient is
 * as much as a facility does. Not a rule detector: the gateway's tripwire does not run it.
 * Invariant: text written all in upper case is left to the model (its cue words are no signal).
 */
import type { Detector, Span } from '../types';
import { isUpperText, regexAll } from '../text';
import { startsWithTitle } from './name-cues';

const WORD = String.raw`\p{Lu}[\p{L}'’&-]*`;
const EMPLOYER = new RegExp(
  String.raw`\b(?:[Ww]orks?|[Ww]orked|[Ww]orking|[Ee]mployed|[Ee]mployee|[Ee]mployment|[Jj]ob|[Rr]etired)\b[^.\n;:?!]{0,40}?\b(?:at|for|by|from)\s+(?:the\s+)?(${WORD}(?:\s+(?:&|of|and|${WORD})){0,4})`,
  'gu',
);
const TRAILING_JOINERS = /(?:\s+(?:&|of|and))+$/u;

/**
 * Finds employer names after a work cue.
 * @example employerDetector.detect('Works as a cashier at Festival Foods.', ctx) // ORGANIZATION "Festival Foods"
 */
export const employerDetector: Detector = {
  id: 'cue.employer',
  entities: ['ORGANIZATION'],
  detect(text) {
    if (isUpperText(text)) return [];
    const spans: Span[] = [];
    regexAll(EMPLOYER, text, (m) => {
      const name = m[1]!.replace(TRAILING_JOINERS, '');
      if (startsWithTitle(name)) return; // "works for Dr. Lee": a person
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + name.length, entity: 'ORGANIZATION', score: 0.8, detector: 'cue.employer' });
    });
    return spans;
  },
};

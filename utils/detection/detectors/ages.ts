/**
 * Age detector (rules.age): ages over 89 only, as HIPAA Safe Harbor requires ("age 92",
 * "92 y/o", "92-year-old", "92M", "in her 90s"). Invariant: ages <= 89 are left alone.
 */
import type { Detector, Span } from '../types';
import { regexAll } from '../text';

const AFTER_UNIT = /(?<![\d.])(\d{2,3})(?:\s*(?:-\s*)?(?:y(?=\))|y\/?o[mf]\b|y\.?\s?o\b\.?|yo\b|y\/o|yrs?\b\.?(?:[\s-]*old)?|years?(?:[\s-]*old)?|yr-old|year-old|(?:M|F)\b|male\b|female\b|man\b|woman\b|gentleman\b|lady\b))/gi;
const BEFORE_WORD = /\b(?:age|aged|ages|age:|turns|turned|turning)\s*:?\s*(\d{2,3})(?!\d|\.\d)/gi;
/** "Pt is 91, GCS 7", "she was 94 and", "pt 92, speaks Tagalog": a bare number after "is"/"was" (or right after "pt" and before a comma) about the patient, ending the phrase. */
const IS_AGE = /\b(?:(?:pt|patient|he|she)\s+(?:is|was)\s+(?:now\s+)?|(?:pt|patient)\s+(?=\d{2,3},))(\d{2,3})(?=\s*(?:[,;)]|\.(?!\d)|and\b|with\b|w\/|$))/gim;
/** "Mrs. Medeiros, 95, today": a bare number between commas right after a titled name. */
const AFTER_TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|MR|MRS|MS)\.?[ \t]+\p{Lu}[\p{L}'’-]+,[ \t]*(\d{2,3})(?=[ \t]*,)/gu;
const DECADE = /\bin\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+)?((?:9\d|1[01]\d)['’]?s)\b/gi;

function isOldAge(value: string): boolean {
  const n = Number(value);
  return n > 89 && n <= 125;
}

/**
 * Finds ages above 89; the span covers the number and its unit ("92 years old").
 * @example ageDetector.detect('age 92, father 67 yo', ctx) // one AGE span over "92"
 */
export const ageDetector: Detector = {
  id: 'rules.age',
  entities: ['AGE'],
  detect(text) {
    const spans: Span[] = [];
    regexAll(AFTER_UNIT, text, (m) => {
      if (isOldAge(m[1]!)) spans.push({ start: m.index, end: m.index + m[0].length, entity: 'AGE', score: 0.9, detector: 'rules.age' });
    });
    for (const re of [BEFORE_WORD, IS_AGE, AFTER_TITLED_NAME]) regexAll(re, text, (m) => {
      if (!isOldAge(m[1]!)) return;
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length, entity: 'AGE', score: 0.9, detector: 'rules.age' });
    });
    regexAll(DECADE, text, (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length, entity: 'AGE', score: 0.8, detector: 'rules.age' });
    });
    return spans;
  },
};

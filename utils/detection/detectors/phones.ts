/**
 * Phone, fax and pager detector (rules.phone): NANP numbers with extensions, international
 * numbers, and short pager/extension numbers after a cue word. A number within a few words
 * after "fax" is labelled FAX. Invariant: unlabelled digit runs that look like lab panels
 * ("137 99 18") are claimed only when a phone cue precedes them.
 */
import type { Detector, Span } from '../types';
import { regexAll } from '../text';

const NANP = /(?<![\w.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w-]|\.\d)/gi;
const INTL = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?![\w]|[.-]\d)/gi;
const GROUPED = /(?<![\w./-])(?:\(\d{1,5}\)\s?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?![\w]|[./-]\d)/gi;
const TEN = /(?<![\w.-])\d{10}(?![\w]|\.\d)/g;
const PAGER = /\b(?:pager|pgr|beeper|bpr|pg|page|paged|ext\.?|extension|beep|cell|tel|phone|ph|call|callback|cb)\s*(?:#|no\.?|number)?\s*:?\s*(\d(?:[\d-]{2,9}\d))(?![\w]|\.\d)/gi;
const X_EXT = /\b(?:x|ext\.?)\s?(\d{1,2}-\d{4}|\d{4,5})(?![\d-])/gi;
const CALL_CUE = /\b(?:call|page|paged|reach|pager|beeper|contact|phone|at)\b[^\n\d]{0,20}$/i;
const CUE = /\b(?:phone|tel|telephone|cell|mobile|call|called|calling|contact|reach|number|ph|fax|pager|pgr|beeper|whatsapp|landline|home|work|office|desk|messages?|texts?|texted|sms|answering|dial(?:ed)?|ring|voicemail|vm)\b[^\d]{0,20}$/i;
const FAX_CUE = /\bfax\b[^\n\d]{0,20}$/i;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function labelFor(text: string, start: number): 'PHONE' | 'FAX' {
  return FAX_CUE.test(text.slice(Math.max(0, start - 30), start)) ? 'FAX' : 'PHONE';
}

/**
 * Finds phone, fax and pager numbers.
 * @example phoneDetector.detect('call (310) 555-1234 x22; pager 4-5678', ctx) // two spans
 */
export const phoneDetector: Detector = {
  id: 'rules.phone',
  entities: ['PHONE', 'FAX'],
  detect(text) {
    const spans: Span[] = [];
    const add = (start: number, end: number, score: number) =>
      spans.push({ start, end, entity: labelFor(text, start), score, detector: 'rules.phone' });
    regexAll(NANP, text, (m) => add(m.index, m.index + m[0].length, 0.95));
    regexAll(INTL, text, (m) => {
      const d = digitCount(m[0]);
      if (d >= 8 && d <= 16) add(m.index, m.index + m[0].length, 0.9);
    });
    regexAll(GROUPED, text, (m) => {
      const d = digitCount(m[0]);
      if (d < 7 || d > 15) return;
      const cued = CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
      if (cued || (m[0].startsWith('(') && d >= 8)) {
        add(m.index, m.index + m[0].length, cued ? 0.85 : 0.7);
      }
    });
    regexAll(TEN, text, (m) => {
      if (CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) add(m.index, m.index + m[0].length, 0.85);
    });
    regexAll(PAGER, text, (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      if (digitCount(m[1]!) >= 4) add(start, start + m[1]!.length, 0.85);
    });
    regexAll(X_EXT, text, (m) => {
      // "x4-5521" is an in-house extension by its shape; a bare "x4521" needs a call cue.
      if (!/\d-\d{4}$/.test(m[0]) && !CALL_CUE.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
      add(m.index, m.index + m[0].length, 0.8);
    });
    return spans;
  },
};

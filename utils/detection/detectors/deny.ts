/**
 * Deny-list detector (policy.deny): terms that are always masked (a hospital's own clinic names,
 * staff names), matched case-insensitively on word boundaries. Allow-listing happens in the
 * pipeline; a deny term always wins over an allow term.
 */
import type { Detector, Span } from '../types';
import { regexAll, wholeTermsRegex } from '../text';

/**
 * Creates a detector for the given deny terms (empty list: a detector that finds nothing).
 * @example createDenyDetector(['Quartermain']).detect('TO QUARTERMAIN', ctx) // one OTHER span
 */
export function createDenyDetector(terms: readonly string[]): Detector {
  const clean = terms.map((t) => t.trim()).filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const re = clean.length ? wholeTermsRegex(clean, 'giu') : null;
  return {
    id: 'policy.deny',
    entities: ['OTHER'],
    detect(text) {
      const spans: Span[] = [];
      if (re) regexAll(re, text, (m) => spans.push({ start: m.index, end: m.index + m[0].length, entity: 'OTHER', score: 1, detector: 'policy.deny' }));
      return spans;
    },
  };
}

/**
 * Defence in depth: re-scans incoming chat messages with the engine's rule detectors and
 * rejects (422) any request that still carries structured PHI, before anything goes upstream.
 * Placeholders such as [NAME_1] are blanked first (they are not PHI). The answer names entity
 * types and counts only, never the matched text.
 */
import type { Detector, Span } from '../../utils/detection/types.ts';
import { RULE_DETECTORS } from '../../utils/detection/detectors/index.ts';
import { HttpError } from './http.ts';

/** Matches engine placeholders like [NAME_1] or [DATE_12]. */
const PLACEHOLDER = /\[[A-Z]+_\d+\]/g;

/** The engine's rule detectors (regex/context rules, no lexicon assets needed). */
export function loadRuleDetectors(): readonly Detector[] {
  return RULE_DETECTORS;
}

export interface Tripwire {
  /** Throws HttpError(422) when any message carries a tripwire entity. */
  check(texts: readonly string[]): Promise<void>;
}

/**
 * @example const tw = createTripwire(RULE_DETECTORS, ['SSN', 'EMAIL']); await tw.check(['Call [NAME_1]']);
 */
export function createTripwire(detectors: readonly Detector[], entities: readonly string[], minScore = 0.5): Tripwire {
  const wanted = new Set(entities);
  return {
    async check(texts) {
      const counts: Record<string, number> = {};
      for (const text of texts) {
        const blanked = text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
        for (const detector of detectors) {
          if (!detector.entities.some((e) => wanted.has(e))) continue;
          const spans: Span[] = await detector.detect(blanked, { known: [], failSafeThreshold: minScore });
          for (const span of spans) {
            if (wanted.has(span.entity) && span.score >= minScore && blanked.slice(span.start, span.end).trim() !== '') {
              counts[span.entity] = (counts[span.entity] ?? 0) + 1;
            }
          }
        }
      }
      const found = Object.keys(counts);
      if (found.length > 0) {
        throw new HttpError(422, 'phi_detected',
          `Request rejected: it still contains structured PHI (${found.sort().join(', ')}). Nothing was forwarded; re-run de-identification.`,
          { entities: counts });
      }
    },
  };
}

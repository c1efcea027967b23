/**
 * The detection pipeline: runs chunk-level detectors over overlapping chunks (model window,
 * progress), document-level detectors (known PHI, deny list) over the whole text, gates the
 * model's spans against the safe-list, expands names, applies the allow list and policy, merges,
 * and widens every span to whole words. Offsets are UTF-16 and global.
 * Invariant: any detector error propagates (fail closed); text is never passed through.
 */
import { chunkText } from './chunks';
import { withDetectionMemo } from './detectors/word-class';
import { commaNameParts, expandNames, givenNamesBeforeSurnames, nicknamesAfterNames, quotedNicknames, surnamesAfterGivenNames } from './expand';
import type { Lexicons } from './lexicons/index';
import { joinNameParts, joinPlaceIn, mergeSpans, widenToWords } from './merge';
import { gateModelSpans } from './model-gate';
import { enabledSpans } from './registry';
import { wholeTermsRegex } from './text';
import type { DetectionContext, Detector, EntityType, Span } from './types';

export interface PipelineInput {
  text: string;
  chunkDetectors: readonly Detector[];
  docDetectors: readonly Detector[];
  context: DetectionContext;
  lexicons: Lexicons;
  enabled: readonly EntityType[];
  allowTerms: readonly string[];
  onProgress?: (done: number, total: number) => void;
  chunkSize?: number;
  /** Filled with each detector's time in ms (summed over chunks), by detector id. */
  detectorMs?: Record<string, number>;
}

/**
 * Reporting-system and remedy names whose parts read like names or places ("BI" is a surname,
 * "St. John's" a hospital): always allowed, in addition to the policy's allow list.
 */
export const CLINICAL_ALLOW_TERMS: readonly string[] = ['BI-RADS', 'LI-RADS', 'PI-RADS', 'TI-RADS', 'O-RADS', 'C-RADS', 'NI-RADS', 'Lung-RADS', "St. John's wort", 'St John’s wort', "St John's wort"];

/** Removes spans lying inside an occurrence of an allow-listed term (known PHI and deny-list spans are kept). */
export function applyAllowList(text: string, spans: readonly Span[], allowTerms: readonly string[]): Span[] {
  return allowListFilter(text, allowTerms)(spans);
}

/**
 * `applyAllowList` for one text, with the term occurrences found once: the pipeline filters
 * three span lists of the same document.
 */
function allowListFilter(text: string, allowTerms: readonly string[]): (spans: readonly Span[]) => Span[] {
  const terms = allowTerms.map((t) => t.trim()).filter(Boolean);
  const zones: [number, number][] = [];
  if (terms.length) {
    const re = wholeTermsRegex(terms, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) zones.push([m.index, m.index + m[0].length]);
  }
  if (!zones.length) return (spans) => spans.slice();
  return (spans) => spans.filter((s) => s.detector === 'known.seed' || s.detector === 'policy.deny' || !zones.some(([a, b]) => s.start >= a && s.end <= b));
}

/**
 * Runs every detector and returns merged, policy-filtered spans in document order.
 * @example await runPipeline({ text: 'DR SMITH 7/22', chunkDetectors, docDetectors: [], ... })
 */
export function runPipeline(input: PipelineInput): Promise<Span[]> {
  return withDetectionMemo(() => detectAll(input));
}

async function detectAll(input: PipelineInput): Promise<Span[]> {
  const { text, context } = input;
  const chunks = chunkText(text, input.chunkSize ?? 16_000, 300);
  const raw: Span[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    for (const d of input.chunkDetectors) {
      const t0 = performance.now();
      for (const s of await d.detect(chunk.text, context)) {
        raw.push({ ...s, start: s.start + chunk.start, end: s.end + chunk.start });
      }
      if (input.detectorMs) input.detectorMs[d.id] = (input.detectorMs[d.id] ?? 0) + performance.now() - t0;
    }
    input.onProgress?.(i + 1, chunks.length);
  }
  for (const d of input.docDetectors) raw.push(...(await d.detect(text, context)));
  const allow = allowListFilter(text, [...CLINICAL_ALLOW_TERMS, ...input.allowTerms]);
  const allowed = allow(gateModelSpans(text, raw, input.lexicons));
  const parts = allowed.concat(allow([...surnamesAfterGivenNames(text, allowed, input.lexicons), ...givenNamesBeforeSurnames(text, allowed, input.lexicons), ...commaNameParts(text, allowed, input.lexicons)]));
  const named = parts.concat(allow([...quotedNicknames(text, parts), ...nicknamesAfterNames(text, parts, input.lexicons)]));
  const expanded = named.concat(allow(expandNames(text, named, input.lexicons)));
  return widenToWords(text, joinNameParts(text, joinPlaceIn(text, mergeSpans(enabledSpans(expanded, input.enabled).filter((s) => s.start >= 0 && s.end <= text.length)))));
}

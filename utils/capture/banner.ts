/**
 * Reads known identifiers (patient name, MRN, DOB...) from an EHR's patient banner, so the engine
 * can mask every occurrence of them. Selectors come from the background (per-EHR, policy-fed).
 * Invariant: bounded output (count and length) and invalid selectors never throw.
 */
import { MAX_KNOWN_ITEM_CHARS, MAX_KNOWN_ITEMS } from './types';

/**
 * Returns the distinct, trimmed, non-empty text of every element matching any selector.
 * @example readBanner(document, ['#patient-banner [data-phi]']) // ['DOE, JANE', '00451234', '03/14/1957']
 */
export function readBanner(root: ParentNode, selectors: readonly string[]): string[] {
  const found = new Set<string>();
  for (const selector of selectors) {
    let elements: NodeListOf<Element>;
    try {
      elements = root.querySelectorAll(selector);
    } catch {
      continue; // an invalid selector from configuration must not break capture
    }
    for (const el of elements) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_KNOWN_ITEM_CHARS) found.add(text);
      if (found.size >= MAX_KNOWN_ITEMS) return [...found];
    }
  }
  return [...found];
}

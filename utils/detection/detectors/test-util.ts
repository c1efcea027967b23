/**
 * Test helpers for detector table tests: run a detector and list what it claimed as
 * "ENTITY:text" strings, so each table row reads like the sentence it tests.
 */
import { mergeSpans } from '../merge';
import type { Detector } from '../types';

export const CTX = { known: [] as string[], failSafeThreshold: 0.3 };

/** Texts (with entity) a detector claims in `text` after merging, in document order. */
export async function claims(detector: Detector, text: string, known: string[] = []): Promise<string[]> {
  const spans = mergeSpans(await detector.detect(text, { ...CTX, known }));
  return spans.map((s) => `${s.entity}:${text.slice(s.start, s.end)}`);
}

/** True when some merged claimed span covers exactly `value`. */
export async function finds(detector: Detector, text: string, value: string): Promise<boolean> {
  const spans = mergeSpans(await detector.detect(text, CTX));
  return spans.some((s) => text.slice(s.start, s.end) === value);
}

/** True when any claimed span overlaps `value`'s first occurrence. */
export async function touches(detector: Detector, text: string, value: string): Promise<boolean> {
  const at = text.indexOf(value);
  const spans = await detector.detect(text, CTX);
  return spans.some((s) => s.start < at + value.length && s.end > at);
}

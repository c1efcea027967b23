/**
 * Labelled text segments and the random source of the corpus generator. A document is a list
 * of segments; only labelled segments are PHI. Casing transforms run per segment, so labels
 * always stay aligned with the final text. Everything is deterministic for a given seed.
 */
import type { Faker } from '@faker-js/faker';

/** Entity labels the model predicts (index 0 is O, "not PHI"). */
export const MODEL_LABELS = [
  'O', 'NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'URL', 'IP', 'SSN', 'MRN', 'ID', 'ADDRESS', 'LOCATION', 'ZIP', 'ORGANIZATION',
] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export interface Seg {
  text: string;
  label: ModelLabel;
}

/** Small deterministic PRNG (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Generation context of one document: PRNG, faker of one English locale, and the cast. */
export interface Gen {
  rng: Rng;
  faker: Faker;
  /** Real city names (lower case) from the engine's lexicon; may be empty. */
  places: readonly string[];
  /** The document's recurring people, so names repeat within a note as they do in real ones. */
  cast: { ptFirst: string; ptLast: string; ptMiddle: string; drs: [string, string][]; rel: string };
}

export const O = (text: string): Seg => ({ text, label: 'O' });
export const L = (label: ModelLabel, text: string): Seg => ({ text, label });

export type Casing = 'asis' | 'upper' | 'lower' | 'sentence';

/** Applies a casing transform to one segment's text. */
export function applyCasing(text: string, casing: Casing): string {
  if (casing === 'upper') return text.toUpperCase();
  if (casing === 'lower') return text.toLowerCase();
  if (casing === 'sentence') return text.length ? text[0]!.toUpperCase() + text.slice(1).toLowerCase() : text;
  return text;
}

/** Concatenates segments into text plus labelled character spans (adjacent same-label merged). */
export function render(segs: readonly Seg[]): { text: string; spans: { start: number; end: number; label: ModelLabel }[] } {
  let text = '';
  const spans: { start: number; end: number; label: ModelLabel }[] = [];
  for (const s of segs) {
    const start = text.length;
    text += s.text;
    if (s.label !== 'O' && s.text.trim()) spans.push({ start, end: text.length, label: s.label });
  }
  return { text, spans };
}

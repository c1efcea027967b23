/**
 * The clinician's review of one analysis: the sanitized text as a list of plain and mask pieces,
 * with un-mask (a false positive) and add-mask (a miss) edits. Pure and immutable.
 * Invariants: the sanitized text and placeholder map are always derived from the same pieces,
 * so they never disagree; text pieces + mask originals give back the original selection exactly;
 * a placeholder number is never reused within one review.
 */
import type { EntityType } from '../detection/types';
import { escapeRegExp } from '../detection/text';

export type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'mask'; placeholder: string; entity: EntityType; original: string };

export interface ReviewDoc {
  readonly pieces: readonly Piece[];
  /** Highest placeholder number handed out per entity type (never reused after an un-mask). */
  readonly used: Readonly<Partial<Record<EntityType, number>>>;
}

export interface PlaceholderEntry { placeholder: string; entity: EntityType; original: string }

/** What the review produces for the summary: the same shape as the engine's Analysis subset. */
export interface ReviewedText {
  sanitized: string;
  placeholders: PlaceholderEntry[];
  /** Mask occurrences per entity type (legend). */
  counts: Partial<Record<EntityType, number>>;
  /** The original selection, rebuilt locally (evidence links). */
  source: string;
}

/** A review change for the audit log: entity types and counts only, never content. */
export interface ReviewChange {
  added: Partial<Record<EntityType, number>>;
  removed: Partial<Record<EntityType, number>>;
}

const NUMBERED = /^\[([A-Z]+)_(\d+)\]$/;

/**
 * Builds a review from the engine's sanitized text and placeholder map.
 * @example fromAnalysis('Seen by [NAME_1].', [{ placeholder: '[NAME_1]', entity: 'NAME', original: 'Ann Lee' }])
 */
export function fromAnalysis(sanitized: string, placeholders: readonly PlaceholderEntry[]): ReviewDoc {
  const byText = new Map(placeholders.filter((p) => p.placeholder).map((p) => [p.placeholder, p] as const));
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  const used: Partial<Record<EntityType, number>> = {};
  for (const p of byText.values()) {
    const m = NUMBERED.exec(p.placeholder);
    if (m) used[p.entity] = Math.max(used[p.entity] ?? 0, Number(m[2]));
  }
  if (keys.length === 0) return { pieces: sanitized ? [{ kind: 'text', text: sanitized }] : [], used };
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  let last = 0;
  for (const match of sanitized.matchAll(pattern)) {
    if (match.index > last) pieces.push({ kind: 'text', text: sanitized.slice(last, match.index) });
    const p = byText.get(match[0])!;
    pieces.push({ kind: 'mask', placeholder: p.placeholder, entity: p.entity, original: p.original });
    last = match.index + match[0].length;
  }
  if (last < sanitized.length) pieces.push({ kind: 'text', text: sanitized.slice(last) });
  return { pieces, used };
}

/**
 * Un-masks every occurrence of `placeholder` (a false positive): its original goes back into the text.
 * @example unmask(doc, '[NAME_2]').change // { added: {}, removed: { NAME: 2 } }
 */
export function unmask(doc: ReviewDoc, placeholder: string): { doc: ReviewDoc; change: ReviewChange } {
  let removed = 0;
  let entity: EntityType | undefined;
  const pieces = doc.pieces.map((p): Piece => {
    if (p.kind !== 'mask' || p.placeholder !== placeholder) return p;
    removed++;
    entity = p.entity;
    return { kind: 'text', text: p.original };
  });
  if (!entity) return { doc, change: { added: {}, removed: {} } };
  return { doc: { pieces: mergeText(pieces), used: doc.used }, change: { added: {}, removed: { [entity]: removed } } };
}

/**
 * Masks every whole-word occurrence of `phrase` in the still-visible text as `entity` (a miss).
 * All occurrences are masked, since masking one and sending another would leak it.
 * Reuses the placeholder of an existing mask with the same entity and original.
 * @example addMask(doc, 'VNA', 'ORGANIZATION').change // { added: { ORGANIZATION: 1 }, removed: {} }
 */
export function addMask(doc: ReviewDoc, phrase: string, entity: EntityType): { doc: ReviewDoc; change: ReviewChange } {
  const needle = phrase.trim();
  const none = { doc, change: { added: {}, removed: {} } };
  if (!needle) return none;
  const existing = doc.pieces.find((p) => p.kind === 'mask' && p.entity === entity && p.original === needle);
  const next = (doc.used[entity] ?? 0) + 1;
  const placeholder = existing?.kind === 'mask' ? existing.placeholder : `[${entity}_${next}]`;
  let added = 0;
  const pieces: Piece[] = [];
  for (const p of doc.pieces) {
    if (p.kind !== 'text') { pieces.push(p); continue; }
    let last = 0;
    for (const start of wholeWordOccurrences(p.text, needle)) {
      if (start > last) pieces.push({ kind: 'text', text: p.text.slice(last, start) });
      pieces.push({ kind: 'mask', placeholder, entity, original: needle });
      last = start + needle.length;
      added++;
    }
    if (last < p.text.length) pieces.push({ kind: 'text', text: p.text.slice(last) });
  }
  if (added === 0) return none;
  const used = existing ? doc.used : { ...doc.used, [entity]: next };
  return { doc: { pieces: mergeText(pieces), used }, change: { added: { [entity]: added }, removed: {} } };
}

/** Derives the sanitized text, placeholder map, counts and original source from a review. */
export function render(doc: ReviewDoc): ReviewedText {
  let sanitized = '';
  let source = '';
  const placeholders = new Map<string, PlaceholderEntry>();
  const counts: Partial<Record<EntityType, number>> = {};
  for (const p of doc.pieces) {
    if (p.kind === 'text') {
      sanitized += p.text;
      source += p.text;
    } else {
      sanitized += p.placeholder;
      source += p.original;
      counts[p.entity] = (counts[p.entity] ?? 0) + 1;
      if (!placeholders.has(p.placeholder)) placeholders.set(p.placeholder, { placeholder: p.placeholder, entity: p.entity, original: p.original });
    }
  }
  return { sanitized, placeholders: [...placeholders.values()], counts, source };
}

/** Start and end of each piece in the original source (for evidence highlighting). */
export function sourceOffsets(doc: ReviewDoc): { start: number; end: number }[] {
  let at = 0;
  return doc.pieces.map((p) => {
    const len = p.kind === 'text' ? p.text.length : p.original.length;
    const range = { start: at, end: at + len };
    at += len;
    return range;
  });
}

function wholeWordOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const before = isWord(needle[0]) && isWord(text[i - 1]);
    const after = isWord(needle[needle.length - 1]) && isWord(text[i + needle.length]);
    if (!before && !after) out.push(i);
  }
  return out;
}

function mergeText(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (p.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + p.text };
    else if (p.kind !== 'text' || p.text) out.push(p);
  }
  return out;
}

/**
 * Operators turn merged spans into sanitized text: `mask` writes consistent placeholders
 * ([NAME_1]); `surrogate` writes realistic fakes. Replacements are applied right to left so
 * offsets stay valid. The mapping back to originals is returned to the caller and kept in
 * memory only; `reidentify` restores text from it. Nothing here logs values.
 */
import { ChartVeilError } from '../errors';
import { assignIdentities } from './placeholders';
import { createSurrogates } from './surrogates';
import type { EntityType, Span } from './types';

export type OperatorName = 'mask' | 'surrogate';

/** One placeholder (or surrogate) and the original it stands for. */
export interface PlaceholderEntry {
  placeholder: string;
  entity: EntityType;
  original: string;
}

export interface OperatorResult {
  sanitized: string;
  /** First entry per placeholder is its fullest original (used by reidentify). */
  placeholders: PlaceholderEntry[];
}

/**
 * Replaces every span of `text` (spans must be merged: sorted, non-overlapping).
 * @example applyOperator('Anna Smith', [{start:0,end:10,entity:'NAME',...}], 'mask').sanitized // '[NAME_1]'
 */
export function applyOperator(text: string, spans: readonly Span[], operator: OperatorName, random: () => number = Math.random): OperatorResult {
  if (operator !== 'mask' && operator !== 'surrogate') throw new ChartVeilError('ERR_ENGINE', 'Unknown operator');
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new ChartVeilError('ERR_ENGINE', 'Operator needs merged spans');
  }
  const ids = assignIdentities(text, spans);
  const maker = operator === 'surrogate' ? createSurrogates(random) : null;
  const byPlaceholder = new Map<string, PlaceholderEntry[]>();
  const replacement = new Map<string, string>();
  const pieces: string[] = [];
  let cursor = text.length;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    const original = text.slice(s.start, s.end);
    const tag = `[${s.entity}_${ids[i]}]`;
    let out = tag;
    if (maker) {
      const key = `${tag}\u0000${original}`;
      out = replacement.get(key) ?? maker.make(s.entity, original, ids[i]!);
      replacement.set(key, out);
    }
    pieces.push(text.slice(s.end, cursor), out);
    cursor = s.start;
    const list = byPlaceholder.get(tag) ?? [];
    if (!list.some((e) => e.original === original)) list.push({ placeholder: maker ? out : tag, entity: s.entity, original });
    byPlaceholder.set(tag, list);
  }
  pieces.push(text.slice(0, cursor));
  const placeholders: PlaceholderEntry[] = [];
  for (const list of byPlaceholder.values()) {
    list.sort((a, b) => b.original.length - a.original.length);
    placeholders.push(...list);
  }
  return { sanitized: pieces.reverse().join(''), placeholders };
}

/**
 * Puts originals back into text that contains placeholders (e.g. an LLM summary).
 * @example reidentify('[NAME_1] is stable', [{placeholder:'[NAME_1]', entity:'NAME', original:'Anna Smith'}]) // 'Anna Smith is stable'
 */
export function reidentify(text: string, placeholders: readonly PlaceholderEntry[]): string {
  const map = new Map<string, string>();
  for (const p of placeholders) if (!map.has(p.placeholder)) map.set(p.placeholder, p.original);
  return text.replace(/\[[A-Z]+_\d+\]/g, (tag) => map.get(tag) ?? tag);
}

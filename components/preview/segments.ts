/**
 * Splits sanitized text into plain runs and mask runs so the preview can highlight every
 * placeholder by entity type. Pure; offsets are UTF-16 indices into the sanitized text.
 * Invariant: concatenating the segments' text gives back the sanitized text exactly.
 */
import type { EntityType } from '../../utils/detection/types';
import { escapeRegExp } from '../../utils/detection/text';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mask'; text: string; entity: EntityType };

export interface PlaceholderRef {
  placeholder: string;
  entity: EntityType;
}

/**
 * Returns the segments of `sanitized`, marking each occurrence of a known placeholder. Longer
 * placeholders win over shorter ones at the same position (`[NAME_10]` before `[NAME_1]`).
 * @example segmentSanitized('Seen by [NAME_1].', [{ placeholder: '[NAME_1]', entity: 'NAME' }])
 * // [{kind:'text',text:'Seen by '},{kind:'mask',text:'[NAME_1]',entity:'NAME'},{kind:'text',text:'.'}]
 */
export function segmentSanitized(sanitized: string, placeholders: readonly PlaceholderRef[]): Segment[] {
  const byText = new Map<string, EntityType>();
  for (const p of placeholders) if (p.placeholder) byText.set(p.placeholder, p.entity);
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  if (keys.length === 0) return sanitized ? [{ kind: 'text', text: sanitized }] : [];
  const pattern = new RegExp(keys.map(escapeRegExp).join('|'), 'g');
  let last = 0;
  for (const match of sanitized.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: sanitized.slice(last, start) });
    segments.push({ kind: 'mask', text: match[0], entity: byText.get(match[0])! });
    last = start + match[0].length;
  }
  if (last < sanitized.length) segments.push({ kind: 'text', text: sanitized.slice(last) });
  return segments;
}

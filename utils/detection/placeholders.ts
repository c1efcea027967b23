/**
 * Consistent per-document identities for detected values: the same person, date or ID always
 * gets the same number. Names are linked by their parts, so "Anna Smith", "Ms. Smith" and
 * "SMITH" share one identity. Numbering follows first appearance in the document, and skips
 * numbers whose placeholder text (e.g. "[NAME_1]" or "NAME_1") already occurs in the input, so
 * re-identification can never write a real value over a literal token the user typed.
 */
import type { EntityType, Span } from './types';

const TITLE = /^(?:dr|mr|mrs|ms|miss|mx|prof|rn|md|np|do|pa|sr|jr|ii|iii|iv|pt|patient)$/i;

/** Name parts used for linking: lower-cased words of 2+ letters, titles removed. */
export function nameParts(value: string): string[] {
  return (value.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => w.length >= 2 && !TITLE.test(w));
}

function valueKey(entity: EntityType, value: string): string {
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  if (['PHONE', 'FAX', 'SSN', 'MRN', 'ID', 'ZIP'].includes(entity)) return `${entity}:${v.replace(/[^0-9a-z]/g, '')}`;
  return `${entity}:${v}`;
}

/**
 * Gives each span an identity number per entity type.
 * @returns ids[i] is the identity number (1-based, per entity) of spans[i]
 * @example assignIdentities('Anna Smith saw SMITH', spans) // both spans -> 1
 */
export function assignIdentities(text: string, spans: readonly Span[]): number[] {
  const cluster = new Array<number>(spans.length).fill(-1);
  const byKey = new Map<string, number>();
  const byPart = new Map<string, number>();
  let next = 0;
  const order = spans.map((_, i) => i);
  order.sort((a, b) => nameParts(text.slice(spans[b]!.start, spans[b]!.end)).length - nameParts(text.slice(spans[a]!.start, spans[a]!.end)).length);
  for (const i of order) {
    const s = spans[i]!;
    const value = text.slice(s.start, s.end);
    const key = valueKey(s.entity, value);
    let id = byKey.get(key);
    if (id === undefined && s.entity === 'NAME') {
      for (const p of nameParts(value)) {
        const hit = byPart.get(p);
        if (hit !== undefined) { id = hit; break; }
      }
    }
    if (id === undefined) id = next++;
    byKey.set(key, id);
    if (s.entity === 'NAME') for (const p of nameParts(value)) if (!byPart.has(p)) byPart.set(p, id);
    cluster[i] = id;
  }
  const reserved = reservedPlaceholders(text);
  const numberOf = new Map<number, number>();
  const perEntity = new Map<EntityType, number>();
  const docOrder = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const out = new Array<number>(spans.length).fill(0);
  for (const i of docOrder) {
    const c = cluster[i]!;
    let n = numberOf.get(c);
    if (n === undefined) {
      const entity = spans[i]!.entity;
      n = (perEntity.get(entity) ?? 0) + 1;
      while (reserved.has(`${entity}_${n}`)) n++;
      perEntity.set(entity, n);
      numberOf.set(c, n);
    }
    out[i] = n;
  }
  return out;
}

/** Placeholder-shaped tokens already in the input ("[NAME_1]", "name_1"), upper-cased without brackets. */
function reservedPlaceholders(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/([A-Za-z]+)_(\d+)/g)) out.add(`${m[1]!.toUpperCase()}_${Number(m[2])}`);
  return out;
}

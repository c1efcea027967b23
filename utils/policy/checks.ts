/**
 * Value checkers for policy keys. Each returns either a clean value or null (the whole value is
 * unusable), plus PHI-free notes about what it dropped. Lists that are safe to shorten (an
 * allow-list, templates) drop bad elements; callers choose which mode a key uses.
 */

/** Result of checking one value: `value` null means "unusable, fall back". */
export interface Checked<T> {
  value: T | null;
  notes: string[];
}

export type Check<T> = (raw: unknown) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ value, notes: [] });
const bad = <T>(note: string): Checked<T> => ({ value: null, notes: [note] });

/** A boolean. */
export const bool: Check<boolean> = (raw) => (typeof raw === 'boolean' ? ok(raw) : bad('expected a boolean'));

/** An integer within [min, max]. */
export function intRange(min: number, max: number): Check<number> {
  return (raw) =>
    typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max
      ? ok(raw)
      : bad(`expected an integer from ${min} to ${max}`);
}

/** A finite number within [min, max]. */
export function numRange(min: number, max: number): Check<number> {
  return (raw) =>
    typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max
      ? ok(raw)
      : bad(`expected a number from ${min} to ${max}`);
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(options: readonly T[]): Check<T> {
  return (raw) =>
    typeof raw === 'string' && (options as readonly string[]).includes(raw)
      ? ok(raw as T)
      : bad(`expected one of: ${options.join(', ')}`);
}

/** A trimmed string of 1..max characters. */
export function text(max: number): Check<string> {
  return (raw) =>
    typeof raw === 'string' && raw.trim().length > 0 && raw.length <= max
      ? ok(raw.trim())
      : bad(`expected non-empty text of at most ${max} characters`);
}

/** True for https URLs, and for http on the loopback host only (a gateway on the same machine). */
export function isSafeEndpoint(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** An https (or loopback http) URL without credentials. The empty string means "not configured". */
export const endpoint: Check<string> = (raw) => {
  if (raw === '') return ok('');
  return typeof raw === 'string' && isSafeEndpoint(raw.trim())
    ? ok(raw.trim())
    : bad('expected an https URL (http only on 127.0.0.1/localhost), without credentials');
};

/**
 * A list whose elements each pass `item`. `mode: 'drop'` keeps the good elements (for lists where
 * fewer elements is the safer direction); `mode: 'all'` rejects the whole list if any is bad.
 */
export function list<T>(item: Check<T>, mode: 'drop' | 'all', maxItems = 500): Check<T[]> {
  return (raw) => {
    if (!Array.isArray(raw)) return bad('expected a list');
    if (raw.length > maxItems) return bad(`expected at most ${maxItems} entries`);
    const out: T[] = [];
    const notes: string[] = [];
    raw.forEach((el, i) => {
      const r = item(el);
      if (r.value === null) notes.push(`entry ${i + 1}: ${r.notes.join('; ')}`);
      else out.push(r.value);
    });
    if (notes.length && mode === 'all') return { value: null, notes };
    return { value: out, notes };
  };
}

/** An object with exactly the given fields, each checked; unknown fields are reported. */
export function record<T extends object>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('expected an object');
    const src = raw as Record<string, unknown>;
    const out = {} as T;
    const notes: string[] = [];
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      const r = fields[key](src[key]);
      if (r.value === null) notes.push(`${key}: ${r.notes.join('; ')}`);
      else out[key] = r.value;
    }
    for (const key of Object.keys(src)) if (!(key in fields)) notes.push(`${key}: unknown field`);
    return notes.length ? { value: null, notes } : ok(out);
  };
}

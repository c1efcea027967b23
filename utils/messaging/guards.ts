/**
 * Tiny runtime guards for message payloads. Every payload that crosses a context boundary is
 * checked here before a handler sees it, so handlers can trust their argument types.
 */

export type Guard<T> = (value: unknown) => value is T;

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Guard for a plain object whose listed fields pass their guards (extra fields are rejected). */
export function isRecord<T extends Record<string, unknown>>(fields: { [K in keyof T]: Guard<T[K]> }): Guard<T> {
  return (v: unknown): v is T => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const keys = Object.keys(v);
    if (keys.some((k) => !(k in fields))) return false;
    return Object.entries(fields).every(([k, guard]) => (guard as Guard<unknown>)((v as Record<string, unknown>)[k]));
  };
}

/** Guard for an array of at most `max` items that all pass `item`. */
export function isArrayOf<T>(item: Guard<T>, max: number): Guard<T[]> {
  return (v: unknown): v is T[] => Array.isArray(v) && v.length <= max && v.every(item);
}

/** Guard for a string of at most `max` UTF-16 code units. */
export function isStringMax(max: number): Guard<string> {
  return (v: unknown): v is string => typeof v === 'string' && v.length <= max;
}

export function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}

export const isEmptyObject = isRecord<Record<string, never>>({});

/** Makes a field optional: `undefined` passes, anything else must pass `guard`. */
export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (v: unknown): v is T | undefined => v === undefined || guard(v);
}

/**
 * THE place where the origins the selection content script may run on are computed. Inputs: the
 * built-in defaults (the demo origin), what the user granted via optional host permissions, and
 * the managed-policy allow-list (utils/policy feeds `policyAllowList`; null = no policy set).
 * Invariant: the result never exceeds what the browser actually permits (`permitted`).
 */

/** Built-in default: the local demo EHR (any port). Replaced by the policy allow-list when one is set. */
export const DEFAULT_ORIGINS: readonly string[] = ['http://127.0.0.1/*'];

export interface OriginInputs {
  defaults: readonly string[];
  /** Optional host permissions the user granted at runtime. */
  userGranted: readonly string[];
  /** The managed policy's EHR allow-list, or null when policy does not set one. */
  policyAllowList: readonly string[] | null;
  /** Every host pattern the browser currently grants (`permissions.getAll().origins`). */
  permitted: readonly string[];
}

/**
 * Returns the sorted, distinct match patterns to register the content script on.
 * @example computeAllowedOrigins({ defaults: ['http://127.0.0.1/*'], userGranted: [], policyAllowList: null, permitted: ['http://127.0.0.1/*'] }) // ['http://127.0.0.1/*']
 */
export function computeAllowedOrigins(inputs: OriginInputs): string[] {
  const wanted = [...(inputs.policyAllowList ?? inputs.defaults), ...inputs.userGranted];
  const valid = wanted.filter((p) => parsePattern(p) !== null);
  return [...new Set(valid)].filter((p) => inputs.permitted.some((broad) => patternCovers(broad, p))).sort();
}

/**
 * Turns a user-typed origin (`https://ehr.example.org`, with or without path) into a host match
 * pattern (`https://ehr.example.org/*`), or null when it is not an http(s) origin.
 * @example toOriginPattern('https://ehr.example.org/chart?id=1') === 'https://ehr.example.org/*'
 */
export function toOriginPattern(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

interface ParsedPattern {
  scheme: string;
  host: string;
  path: string;
}

function parsePattern(pattern: string): ParsedPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*' };
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::\d+)?(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : null;
}

/** True when match pattern `broad` matches at least every URL that `narrow` matches. */
export function patternCovers(broad: string, narrow: string): boolean {
  const b = parsePattern(broad);
  const n = parsePattern(narrow);
  if (!b || !n) return false;
  const schemeOk = b.scheme === n.scheme || (b.scheme === '*' && n.scheme !== '*');
  const hostOk =
    b.host === '*' || b.host === n.host ||
    (b.host.startsWith('*.') && (n.host === b.host.slice(2) || n.host.endsWith(b.host.slice(1))));
  const pathOk = b.path === '/*' || b.path === n.path;
  return schemeOk && hostOk && pathOk;
}

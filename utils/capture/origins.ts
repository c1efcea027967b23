/**
 * Turns what a user types in the panel's "Add site" box into a host match pattern for
 * permissions.request. Which origins the content script actually runs on is decided by
 * utils/policy/origins.ts (policy allow-list, built-in demo origin, user grants).
 */

/**
 * Returns `scheme://host/*` for an http(s) URL or origin (path, query and port dropped: a pattern
 * without a port covers every port), or null when the input is not an http(s) URL.
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

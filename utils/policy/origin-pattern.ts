/**
 * Turns one EHR allow-list entry (`https://ehr.example.org`, `https://*.ehr.example.org`,
 * `https://ehr.example.org/*`) into a content-script match pattern. Invariant: nothing broader
 * than one registrable host family comes out: `*`, `<all_urls>`, bare TLD wildcards, other schemes
 * and paths are refused, so a typo can never inject ChartVeil everywhere.
 */

/** A parsed http(s) match pattern: scheme, host (maybe `*.` prefixed), always path `/*`. */
export interface OriginPattern {
  scheme: 'http' | 'https';
  host: string;
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function validHost(host: string): boolean {
  if (host === 'localhost' || IPV4.test(host)) return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => HOST_LABEL.test(l));
}

/**
 * Parses an allow-list entry, or returns null when it is not a narrow http(s) origin.
 * Ports are dropped: Chrome host permissions and match patterns without a port cover every port.
 * @example parseEhrOrigin('https://EHR.example.org:8443/') // { scheme: 'https', host: 'ehr.example.org' }
 * @example parseEhrOrigin('https://*') // null
 */
export function parseEhrOrigin(entry: string): OriginPattern | null {
  const m = /^(https?):\/\/(\*\.)?([^/:*]+)(?::(\d{1,5}))?(\/\*?)?$/i.exec(entry.trim());
  if (!m) return null;
  const host = m[3]!.toLowerCase();
  if (!validHost(host)) return null;
  if (m[2] && (IPV4.test(host) || host === 'localhost')) return null;
  if (m[4] && Number(m[4]) > 65535) return null;
  return { scheme: m[1]!.toLowerCase() as 'http' | 'https', host: (m[2] ? '*.' : '') + host };
}

/** Formats a parsed origin as a match pattern, e.g. `https://*.ehr.example.org/*`. */
export function toMatchPattern(p: OriginPattern): string {
  return `${p.scheme}://${p.host}/*`;
}

/**
 * True when granted host pattern `broad` (from `permissions.getAll().origins`) covers every URL
 * of the narrow match pattern `narrow`.
 * @example patternCovers('https://*.example.org/' + '*', 'https://ehr.example.org/' + '*') === true
 */
export function patternCovers(broad: string, narrow: string): boolean {
  if (broad === '<all_urls>') return /^https?:\/\//.test(narrow);
  const b = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:]+)(?::\d+|:\*)?\/(.*)$/.exec(broad);
  const n = /^(https?):\/\/((?:\*\.)?[^/:]+)\/\*$/.exec(narrow);
  if (!b || !n) return false;
  if (b[3] !== '*') return false;
  const schemeOk = b[1] === '*' || b[1] === n[1];
  const bh = b[2]!;
  const nh = n[2]!;
  const nBase = nh.replace(/^\*\./, '');
  const hostOk =
    bh === '*' || bh === nh ||
    (bh.startsWith('*.') && (nBase === bh.slice(2) || nBase.endsWith(bh.slice(1))));
  return schemeOk && hostOk;
}

/**
 * Pure checks over a Recording: PHI strings in any request URL, header or body (also after URL and
 * form decoding), PHI in any console/error line, and requests to any destination outside the
 * allowed set (loopback demo/gateway/issuer, our extension, or origins named in the allow list).
 * Invariant: findings name the needle by index and the destination by origin, never the payload.
 */
import type { RecordedLog, RecordedRequest, Recording } from './recorder';

export interface LeakFinding {
  where: 'url' | 'header' | 'body' | 'console';
  /** Index into the needles array. */
  needle: number;
  targetType: string;
  /** Origin of the destination (requests) or of the logging context (console). */
  origin: string;
}

export interface LeakReport {
  phi: LeakFinding[];
  /** Origins contacted that are not allowed. */
  disallowed: string[];
  /** Requests sent to the deliberate canary path (positive controls), by target type. */
  canaries: Record<string, number>;
}

/** Path prefix positive-control specs use for deliberate leaks: recorded, never counted as findings. */
export const CANARY_PATH = '/__proof-canary';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const IGNORED_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'devtools:', 'chrome-untrusted:']);

/** Forms under which a string can hide in a request: raw, URL-decoded, form-decoded, JSON-unescaped. */
export function decodedForms(raw: string): string[] {
  const forms = new Set([raw]);
  const tryDecode = (s: string) => {
    try {
      forms.add(decodeURIComponent(s));
    } catch {
      // not URL-encoded
    }
  };
  tryDecode(raw);
  tryDecode(raw.replace(/\+/g, ' '));
  if (raw.includes('\\u')) {
    try {
      forms.add(JSON.parse(`"${raw.replace(/"/g, '\\"')}"`) as string);
    } catch {
      // not a JSON string body
    }
  }
  return [...forms];
}

function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}//${u.host}` : u.origin;
  } catch {
    return '';
  }
}

function isCanary(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith(CANARY_PATH);
  } catch {
    return false;
  }
}

/**
 * True when `url` may be contacted: loopback hosts (demo EHR, dev gateway and issuer in tests),
 * our own extension, non-network schemes, or an origin in `allowedOrigins`.
 */
export function isAllowedDestination(url: string, extensionId: string | undefined, allowedOrigins: readonly string[] = []): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true; // '' (extra-info records) or a non-URL: nothing was sent anywhere
  }
  if (IGNORED_SCHEMES.has(u.protocol)) return true;
  if (u.protocol === 'chrome-extension:') return extensionId === undefined || u.host === extensionId;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return false;
  return LOOPBACK.has(u.hostname) || allowedOrigins.includes(u.origin);
}

type Matcher = (form: string) => boolean;

/** One test per needle. A digits-only needle (ZIP, MRN) counts only where it stands alone: ids and timestamps contain any short number. */
function matchers(needles: readonly string[]): Matcher[] {
  return needles.map((n) => {
    if (!/^\d+$/.test(n)) return (f) => f.includes(n);
    const alone = new RegExp(`(?<!\\d)${n}(?!\\d)`);
    return (f) => alone.test(f);
  });
}

function scan(text: string, tests: readonly Matcher[]): number[] {
  if (!text) return [];
  const forms = decodedForms(text);
  const hits: number[] = [];
  tests.forEach((hit, i) => {
    if (forms.some(hit)) hits.push(i);
  });
  return hits;
}

/** Checks requests for PHI and destinations. Canary-path requests are only counted. */
export function checkRequests(requests: readonly RecordedRequest[], needles: readonly string[], opts: { extensionId?: string; allowedOrigins?: readonly string[] } = {}): LeakReport {
  const report: LeakReport = { phi: [], disallowed: [], canaries: {} };
  const tests = matchers(needles);
  const disallowed = new Set<string>();
  for (const r of requests) {
    if (isCanary(r.url)) {
      const key = `${r.via}:${r.targetType}`;
      report.canaries[key] = (report.canaries[key] ?? 0) + 1;
      continue;
    }
    const origin = originOf(r.url);
    if (!isAllowedDestination(r.url, opts.extensionId, opts.allowedOrigins)) disallowed.add(origin || r.url.slice(0, 40));
    const add = (where: LeakFinding['where'], text: string) => {
      for (const needle of scan(text, tests)) report.phi.push({ where, needle, targetType: r.targetType, origin });
    };
    add('url', r.url);
    add('header', Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join('\n'));
    add('body', r.body);
  }
  report.disallowed = [...disallowed].sort();
  return report;
}

/** Checks console, exception and log lines of every context for PHI. */
export function checkLogs(logs: readonly RecordedLog[], needles: readonly string[]): LeakFinding[] {
  const out: LeakFinding[] = [];
  const tests = matchers(needles);
  for (const l of logs) {
    for (const needle of scan(l.text, tests)) out.push({ where: 'console', needle, targetType: l.targetType, origin: originOf(l.targetUrl) });
  }
  return out;
}

/** Full check of one recording. */
export function checkRecording(rec: Recording, needles: readonly string[], opts: { extensionId?: string; allowedOrigins?: readonly string[] } = {}): LeakReport {
  const report = checkRequests(rec.requests, needles, opts);
  report.phi.push(...checkLogs(rec.logs, needles));
  return report;
}

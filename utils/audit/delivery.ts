/**
 * Delivers audit entries to the policy-set endpoint. Protocol: POST JSON
 * `{ format, version, publicKey, entries }`; the endpoint answers 2xx with `{ "ackedSeq": n }`.
 * Invariant: nothing counts as delivered until acknowledged; the cursor only moves forward and
 * entries are never deleted by delivery, so a failed or partial send loses nothing.
 */
import { ChartVeilError } from '../errors';
import { EXPORT_FORMAT, EXPORT_VERSION, type AuditLog } from './log';

export interface DeliveryOptions {
  endpoint: string;
  /** Injected so that tests (and the service worker) supply their own. */
  fetch: typeof fetch;
  batchSize?: number;
  /** Attempts per batch before giving up until the next run. */
  maxAttempts?: number;
  /** First retry delay in ms; doubles each attempt. */
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  headers?: Record<string, string>;
}

export interface DeliveryReport {
  sent: number;
  ackedSeq: number;
  pending: number;
  /** Set when the run stopped early (entries stay pending). */
  error?: 'ERR_GATEWAY_UNAVAILABLE' | 'ERR_GATEWAY_AUTH' | 'ERR_GATEWAY_RESPONSE';
}

const retriable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Sends every unacknowledged entry, in batches, retrying with exponential backoff.
 * @example await deliverPending(log, { endpoint: policy.auditEndpoint, fetch })
 */
export async function deliverPending(log: AuditLog, opts: DeliveryOptions): Promise<DeliveryReport> {
  if (!/^https:\/\//.test(opts.endpoint) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(opts.endpoint)) {
    throw new ChartVeilError('ERR_POLICY_INVALID', 'Audit endpoint must use https');
  }
  const batchSize = opts.batchSize ?? 200;
  const maxAttempts = opts.maxAttempts ?? 5;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let sent = 0;
  for (;;) {
    const acked = await log.ackedSeq();
    const batch = (await log.entries(acked + 1)).slice(0, batchSize);
    if (batch.length === 0) return { sent, ackedSeq: acked, pending: 0 };
    const first = batch[0]!.seq;
    const last = batch.at(-1)!.seq;
    const body = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, publicKey: log.publicKey, entries: batch });
    let outcome: number | 'auth' | 'bad' | 'down' = 'down';
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      if (attempt > 0) await sleep((opts.baseDelayMs ?? 1000) * 2 ** (attempt - 1));
      try {
        const res = await opts.fetch(opts.endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...opts.headers }, body });
        if (res.status === 401 || res.status === 403) { outcome = 'auth'; break; }
        if (retriable(res.status)) continue;
        if (!res.ok) { outcome = 'bad'; break; }
        const ack = (await res.json().catch(() => null)) as { ackedSeq?: unknown } | null;
        const n = ack?.ackedSeq;
        outcome = typeof n === 'number' && Number.isInteger(n) && n >= first && n <= last ? n : 'bad';
        break;
      } catch {
        // Network failure: retry after the backoff.
      }
    }
    if (typeof outcome !== 'number') {
      const pending = (await log.entries((await log.ackedSeq()) + 1)).length;
      const error = outcome === 'auth' ? 'ERR_GATEWAY_AUTH' : outcome === 'bad' ? 'ERR_GATEWAY_RESPONSE' : 'ERR_GATEWAY_UNAVAILABLE';
      return { sent, ackedSeq: await log.ackedSeq(), pending, error };
    }
    await log.setAckedSeq(outcome);
    sent += outcome - first + 1;
  }
}

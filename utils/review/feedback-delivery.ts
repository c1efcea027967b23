/**
 * Delivers a "Report a miss" report: POST as JSON to the policy's feedbackEndpoint (with a timeout),
 * else, or when that fails, one `feedback` entry in the local audit log. Runs in the background.
 * Invariant: only the validated, text-free report is ever serialized; errors are reported by code.
 */
import { ChartVeilError } from '../errors';
import { feedbackAuditEvent, isFeedbackReport, type FeedbackReport } from './feedback';
import type { AuditEvent } from '../audit/events';

export const FEEDBACK_TIMEOUT_MS = 8000;

export interface FeedbackDeliveryDeps {
  /** The policy's feedbackEndpoint ('' when unset). */
  endpoint: string;
  fetch: typeof fetch;
  /** Appends to the local audit log. */
  audit(event: AuditEvent): Promise<unknown>;
  timeoutMs?: number;
}

/** Where a report ended up. */
export type FeedbackDelivered = 'endpoint' | 'audit';

/**
 * Sends `report` to the endpoint, falling back to the audit log. Throws ERR_BAD_MESSAGE for a report
 * that is not in the closed shape (never serialized then).
 * @example await deliverFeedback(report, { endpoint: '', fetch, audit: appendAudit }) // 'audit'
 */
export async function deliverFeedback(report: FeedbackReport, deps: FeedbackDeliveryDeps): Promise<FeedbackDelivered> {
  if (!isFeedbackReport(report)) throw new ChartVeilError('ERR_BAD_MESSAGE', 'Feedback report is not in the expected shape');
  if (deps.endpoint && (await post(report, deps))) return 'endpoint';
  await deps.audit(feedbackAuditEvent(report));
  return 'audit';
}

async function post(report: FeedbackReport, deps: FeedbackDeliveryDeps): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? FEEDBACK_TIMEOUT_MS);
  try {
    const res = await deps.fetch(deps.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!res.ok) console.warn(`ChartVeil feedback delivery failed (HTTP ${res.status})`);
    return res.ok;
  } catch {
    console.warn('ChartVeil feedback delivery failed (network error or timeout)');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

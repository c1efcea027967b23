/**
 * The `bg.feedbackReport` route: delivers a text-free "Report a miss" report to the policy's
 * feedbackEndpoint, or into the local audit log when none is set or the POST fails.
 * Invariant: the report was already checked against its closed shape by the router's guard.
 */
import type { BgProtocol } from '@/utils/messaging/bg-protocol';
import type { FeedbackBgProtocol } from '@/utils/messaging/feedback-protocol';
import type { Handlers } from '@/utils/messaging/types';
import { readEffectivePolicy } from '@/utils/policy/reader';
import { deliverFeedback } from '@/utils/review/feedback-delivery';
import { appendAudit } from './vault-host';

/** Reads feedbackEndpoint fresh for every report (policy can change at any time); unreadable policy: no endpoint. */
async function feedbackEndpoint(): Promise<string> {
  try {
    return (await readEffectivePolicy()).values.feedbackEndpoint;
  } catch {
    return '';
  }
}

export const feedbackRoutes: Pick<Handlers<BgProtocol>, keyof FeedbackBgProtocol> = {
  async 'bg.feedbackReport'({ report }) {
    const delivered = await deliverFeedback(report, {
      endpoint: await feedbackEndpoint(),
      fetch: (...a: Parameters<typeof fetch>) => fetch(...a),
      audit: appendAudit,
    });
    return { delivered };
  },
};

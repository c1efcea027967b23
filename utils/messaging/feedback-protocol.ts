/**
 * The background message for "Report a miss": the panel hands over a text-free report, which the
 * background posts to the policy's feedbackEndpoint or writes to the audit log. Extension pages only.
 * Invariant: the payload guard accepts exactly the report's closed shape (utils/review/feedback.ts).
 */
import { isFeedbackReport, type FeedbackReport } from '../review/feedback';
import type { FeedbackDelivered } from '../review/feedback-delivery';
import { isRecord } from './guards';
import type { SenderClass, Validators } from './types';

export type FeedbackBgProtocol = {
  /** Delivers a missed-PHI / false-mask report (no text); says where it went. */
  'bg.feedbackReport': { req: { report: FeedbackReport }; res: { delivered: FeedbackDelivered } };
};

export const feedbackValidators: Validators<FeedbackBgProtocol> = {
  'bg.feedbackReport': isRecord<{ report: FeedbackReport }>({ report: isFeedbackReport }),
};

/** Merge into SENDER_RULES: extension pages only (a content script must never report on the user's behalf). */
export const FEEDBACK_SENDER_RULES = {
  'bg.feedbackReport': ['extension-page'],
} as const satisfies { [K in keyof FeedbackBgProtocol]: readonly SenderClass[] };

/**
 * The side panel's single review store: one per panel page, in memory only. Every review change
 * is appended to the audit log as entity counts (never content).
 */
import { auditAppend } from './audit';
import { createReviewStore } from './store';

export const panelReview = createReviewStore((change) => void auditAppend({ type: 'review', added: change.added, removed: change.removed }));

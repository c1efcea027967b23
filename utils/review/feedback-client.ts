/**
 * The panel's side of "Report a miss": reads (or creates) the per-install salt in storage.local,
 * builds the text-free report and hands it to the background (`bg.feedbackReport`).
 * Invariant: the salt and the selected text stay in this context; only the report is sent.
 */
import { storage } from 'wxt/utils/storage';
import type { EntityType } from '../detection/types';
import { sendToBackground } from '../messaging/client';
import { readEffectivePolicy } from '../policy/reader';
import { buildFeedbackReport, newSalt, type FeedbackKind } from './feedback';
import type { FeedbackDelivered } from './feedback-delivery';

/** Per-install random salt; never sent anywhere. */
const saltItem = storage.defineItem<string>('local:feedbackSalt', { init: newSalt });

/**
 * Reports a miss; resolves where the report went. Throws (with a ChartVeilError code) when the
 * background refused or could not write it.
 * @example await reportMiss({ kind: 'false-mask', entity: 'NAME', text: piece.original, modelVersion })
 */
export async function reportMiss(input: { kind: FeedbackKind; entity?: EntityType; text: string; modelVersion: string }): Promise<FeedbackDelivered> {
  const [salt, policy] = await Promise.all([saltItem.getValue(), readEffectivePolicy().catch(() => undefined)]);
  const report = await buildFeedbackReport({ ...input, salt, policyRevision: policy?.values.policyRevision || undefined });
  return (await sendToBackground('bg.feedbackReport', { report })).delivered;
}

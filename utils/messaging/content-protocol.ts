/**
 * Protocol of the selection content script (one instance per allowed frame). Only the background
 * may send these, with `tabs.sendMessage(tabId, msg, { frameId })`. Replies carry page text (PHI)
 * back to the background and nowhere else.
 */
import { type CaptureSource } from '../capture/types';
import { isArrayOf, isEmptyObject, isRecord, isStringMax } from './guards';
import type { Validators } from './types';

export type ContentProtocol = {
  /** Read this frame's current selection (DOM selection or a textarea/input selection). */
  'content.getSelection': {
    req: Record<string, never>;
    res: { text: string; source: CaptureSource; focused: boolean };
  };
  /** Read known identifiers from the patient banner with the given CSS selectors (known-PHI seeding). */
  'content.readBanner': { req: { selectors: string[] }; res: { known: string[] } };
};

export const contentValidators: Validators<ContentProtocol> = {
  'content.getSelection': isEmptyObject,
  'content.readBanner': isRecord<ContentProtocol['content.readBanner']['req']>({
    selectors: isArrayOf(isStringMax(500), 50),
  }),
};

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
  /** Is there a field to insert a summary into in this frame (source field, focused or last focused)? */
  'content.insertProbe': { req: Record<string, never>; res: { available: boolean; focused: boolean; source: boolean } };
  /** Insert the reviewed summary into that field (never deletes page text). */
  'content.insertText': { req: { text: string }; res: { chars: number } };
};

/** Longest summary that may be inserted into a page (UTF-16 units). */
export const INSERT_MAX_CHARS = 200_000;

export const contentValidators: Validators<ContentProtocol> = {
  'content.getSelection': isEmptyObject,
  'content.readBanner': isRecord<ContentProtocol['content.readBanner']['req']>({
    selectors: isArrayOf(isStringMax(500), 50),
  }),
  'content.insertProbe': isEmptyObject,
  'content.insertText': isRecord<ContentProtocol['content.insertText']['req']>({ text: isStringMax(INSERT_MAX_CHARS) }),
};

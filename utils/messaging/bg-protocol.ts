/**
 * Protocol of the background service worker: every `bg.*` message, its payload guard and reply.
 * Only the background handles these types (entrypoints/background/routes.ts); who may send each
 * one is decided in sender.ts. Adding a type here without a route or a sender rule fails tsc.
 */
import { CAPTURE_SOURCES, WIRE_MAX_CHARS, type CaptureSource } from '../capture/types';
import { isEmptyObject, isFiniteNumber, isOneOf, isRecord, isStringMax } from './guards';
import { INSERT_MAX_CHARS } from './content-protocol';
import type { Validators } from './types';
import { vaultValidators, type VaultBgProtocol } from '../vault/protocol';
import { wireValidators, type WireBgProtocol } from './wire-protocol';
import { feedbackValidators, type FeedbackBgProtocol } from './feedback-protocol';

export type BgProtocol = {
  /** A content script saw the selection change (mouseup/keyup); used only while a panel is open. */
  'bg.selectionCaptured': { req: { text: string; source: CaptureSource }; res: { accepted: boolean } };
  /** The panel asks to capture the selection of the active tab in its window (a user click). */
  'bg.captureActiveTab': { req: Record<string, never>; res: { captured: boolean } };
  /** The offscreen document reports engine progress for the current request. */
  'bg.sanitizeProgress': { req: { requestId: string; done: number; total: number }; res: null };
  /** A panel showing `loading` pings the worker: wakes a stopped worker, which then recovers a stale state. */
  'bg.ping': { req: Record<string, never>; res: { alive: true } };
  /** The panel asks which origins the content script is registered on. */
  'bg.getAllowedOrigins': { req: Record<string, never>; res: { origins: string[] } };
  /** A content script started in the top frame of an allowed EHR page: load the engine ahead of the first selection. */
  'bg.warmEngine': { req: Record<string, never>; res: { warming: boolean } };
  /** The panel inserts the reviewed summary into the EHR page of the active tab (a user click). */
  'bg.insertSummary': { req: { text: string }; res: { inserted: boolean; chars: number } };
} & VaultBgProtocol & WireBgProtocol & FeedbackBgProtocol; // the vault/audit slice (utils/vault/protocol.ts) and audit/queue (wire-protocol.ts)

export const bgValidators: Validators<BgProtocol> = {
  'bg.selectionCaptured': isRecord<BgProtocol['bg.selectionCaptured']['req']>({
    text: isStringMax(WIRE_MAX_CHARS),
    source: isOneOf(CAPTURE_SOURCES),
  }),
  'bg.captureActiveTab': isEmptyObject,
  'bg.sanitizeProgress': isRecord<BgProtocol['bg.sanitizeProgress']['req']>({
    requestId: isStringMax(64),
    done: isFiniteNumber,
    total: isFiniteNumber,
  }),
  'bg.ping': isEmptyObject,
  'bg.getAllowedOrigins': isEmptyObject,
  'bg.warmEngine': isEmptyObject,
  'bg.insertSummary': isRecord<BgProtocol['bg.insertSummary']['req']>({ text: isStringMax(INSERT_MAX_CHARS) }),
  ...vaultValidators,
  ...wireValidators,
  ...feedbackValidators,
};

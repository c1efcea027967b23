/**
 * Who may send what (after Bitwarden's sender.ts). `classifySender` sorts a runtime sender into
 * our extension pages, our content scripts or anything else; SENDER_RULES lists, per message type,
 * the classes allowed to send it. Anything not in the table is rejected. `sender.url` is never used.
 */
import type { BgProtocol } from './bg-protocol';
import type { ContentProtocol } from './content-protocol';
import type { OffscreenProtocol } from './offscreen-protocol';
import type { SenderClass, SenderInfo } from './types';
import { VAULT_SENDER_RULES } from '../vault/protocol';
import { WIRE_SENDER_RULES } from './wire-protocol';
import { FEEDBACK_SENDER_RULES } from './feedback-protocol';

/** Every message type of every protocol. */
export type MessageType = keyof BgProtocol | keyof OffscreenProtocol | keyof ContentProtocol;

/**
 * The allow table. `extension-page` covers the service worker, the offscreen document and our
 * pages (side panel, sidepanel.html in a tab). Content scripts run inside web pages, so they may
 * only report a selection or ask for the engine to be loaded (no text), never ask for work on
 * other contexts' behalf.
 */
export const SENDER_RULES = {
  'bg.selectionCaptured': ['content-script'],
  'bg.captureActiveTab': ['extension-page'],
  'bg.sanitizeProgress': ['extension-page'],
  'bg.ping': ['extension-page'],
  'bg.getAllowedOrigins': ['extension-page'],
  'bg.warmEngine': ['content-script'],
  'offscreen.sanitize': ['extension-page'],
  'offscreen.status': ['extension-page'],
  'content.getSelection': ['extension-page'],
  'content.readBanner': ['extension-page'],
  'bg.insertSummary': ['extension-page'],
  'content.insertProbe': ['extension-page'],
  'content.insertText': ['extension-page'],
  ...VAULT_SENDER_RULES,
  ...WIRE_SENDER_RULES,
  ...FEEDBACK_SENDER_RULES,
} as const satisfies Record<MessageType, readonly SenderClass[]>;

/** The subset of `runtime.MessageSender` we read. All of it is filled in by the browser. */
export interface RuntimeSender {
  id?: string;
  origin?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

/** Our own identity, as seen from inside the extension. */
export interface SelfIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `chrome-extension://<id>` */
  origin: string;
}

/**
 * Classifies a sender. A sender from another extension (or none) is `other`. Without a tab it is
 * one of our extension contexts. With a tab it is our page in a tab when the browser-computed
 * origin is ours, else our content script (which needs a frame id).
 * @example classifySender({ id: self.id, tab: { id: 4 }, frameId: 0, origin: 'http://127.0.0.1:8080' }, self) === 'content-script'
 */
export function classifySender(sender: RuntimeSender, self: SelfIdentity): SenderClass {
  if (!sender || sender.id !== self.id) return 'other';
  if (sender.tab === undefined) {
    return sender.origin === undefined || sender.origin === self.origin ? 'extension-page' : 'other';
  }
  if (sender.origin === self.origin) return 'extension-page';
  return typeof sender.frameId === 'number' && typeof sender.tab.id === 'number' ? 'content-script' : 'other';
}

/** True when a sender of class `cls` may send `type`; unknown types are never allowed. */
export function isAllowedSender(type: string, cls: SenderClass): boolean {
  if (!Object.hasOwn(SENDER_RULES, type)) return false;
  return (SENDER_RULES[type as MessageType] as readonly SenderClass[]).includes(cls);
}

/** Classifies and keeps only the ids a handler may use. */
export function describeSender(sender: RuntimeSender, self: SelfIdentity): SenderInfo {
  return {
    class: classifySender(sender, self),
    origin: sender.origin,
    tabId: sender.tab?.id,
    windowId: sender.tab?.windowId,
    frameId: sender.frameId,
  };
}

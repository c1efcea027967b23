/**
 * Typed senders, one per receiving context. They wrap `runtime.sendMessage` / `tabs.sendMessage`
 * and turn error replies back into ChartVeilError, so callers write `await sendToBackground(...)`.
 */
import { browser } from 'wxt/browser';
import type { BgProtocol } from './bg-protocol';
import type { ContentProtocol } from './content-protocol';
import type { OffscreenProtocol } from './offscreen-protocol';
import { unwrapReply } from './router';
import type { SelfIdentity } from './sender';

/** Sends a `bg.*` message to the background. @example await sendToBackground('bg.captureActiveTab', {}) */
export async function sendToBackground<K extends keyof BgProtocol & string>(
  type: K, data: BgProtocol[K]['req'],
): Promise<BgProtocol[K]['res']> {
  return unwrapReply(await browser.runtime.sendMessage({ type, data }));
}

/** Sends an `offscreen.*` message; the caller must have ensured the document exists. */
export async function sendToOffscreen<K extends keyof OffscreenProtocol & string>(
  type: K, data: OffscreenProtocol[K]['req'],
): Promise<OffscreenProtocol[K]['res']> {
  return unwrapReply(await browser.runtime.sendMessage({ type, data }));
}

/** Sends a `content.*` message to one frame of a tab. */
export async function sendToFrame<K extends keyof ContentProtocol & string>(
  tabId: number, frameId: number, type: K, data: ContentProtocol[K]['req'],
): Promise<ContentProtocol[K]['res']> {
  return unwrapReply(await browser.tabs.sendMessage(tabId, { type, data }, { frameId }));
}

/** This extension's identity, for `createRouter`. */
export function selfIdentity(): SelfIdentity {
  return { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
}

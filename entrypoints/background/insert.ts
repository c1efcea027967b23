/**
 * Inserts a reviewed summary into the EHR page of the active tab: asks every accessible frame's
 * content script whether it has a field to insert into and picks the best (the field the selection
 * came from and is focused, then focused, then source, then the last focused one). The text goes
 * only to that one frame, over runtime messaging, never to any other origin.
 */
import { browser } from 'wxt/browser';
import { sendToFrame } from '@/utils/messaging/client';
import { accessibleFrames } from './capture-tab';

type Probe = { frameId: number; available: boolean; focused: boolean; source: boolean };

const rank = (p: Probe) => (p.source && p.focused ? 0 : p.focused ? 1 : p.source ? 2 : 3);

/**
 * Inserts `text` into the best field of `tabId`. Returns the characters inserted (0: no field).
 * @example await insertIntoTab(tab.id, 'DRAFT …\n\nSummary') // { inserted: true, chars: 412 }
 */
export async function insertIntoTab(tabId: number, text: string): Promise<{ inserted: boolean; chars: number }> {
  const frames = await accessibleFrames(tabId);
  const probes = (await Promise.all(frames.map(async (frameId) => {
    try {
      return { frameId, ...(await sendToFrame(tabId, frameId, 'content.insertProbe', {})) };
    } catch {
      return null; // no content script in that frame
    }
  }))).filter((p): p is Probe => p !== null && p.available).sort((a, b) => rank(a) - rank(b) || a.frameId - b.frameId);
  const best = probes[0];
  if (!best) return { inserted: false, chars: 0 };
  const { chars } = await sendToFrame(tabId, best.frameId, 'content.insertText', { text });
  return { inserted: chars > 0, chars };
}

/** The active tab of the panel's window (or the last focused window for a panel in a tab). */
export async function activeTabFor(sender: { windowId?: number; tabId?: number }): Promise<number | undefined> {
  const query = sender.windowId !== undefined && sender.tabId === undefined
    ? { active: true, windowId: sender.windowId }
    : { active: true, lastFocusedWindow: true };
  const [tab] = await browser.tabs.query(query);
  return tab?.id === undefined || tab.id === sender.tabId ? undefined : tab.id;
}

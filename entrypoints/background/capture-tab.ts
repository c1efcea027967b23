/**
 * Pulls the selection out of a tab on a trigger: finds the tab's frames we may access, asks the
 * content script in each for its selection, and picks the focused frame with a non-empty one.
 * Also reads known identifiers from the patient banner. Frames without our script are skipped.
 */
import { browser } from 'wxt/browser';
import type { CapturedSelection } from '@/utils/capture/types';
import { MAX_KNOWN_ITEMS } from '@/utils/capture/types';
import { sendToFrame } from '@/utils/messaging/client';

/** Frame ids of `tabId` that we can script (host permission), top frame first. */
async function accessibleFrames(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return [...new Set(results.map((r) => r.frameId))].sort((a, b) => a - b);
  } catch {
    return []; // no host permission for the tab: nothing to capture
  }
}

async function askFrame(tabId: number, frameId: number) {
  try {
    return { frameId, ...(await sendToFrame(tabId, frameId, 'content.getSelection', {})) };
  } catch {
    return null; // no content script in that frame (origin not allowed)
  }
}

/**
 * Captures the selection of `tabId`. With `frameId` (context menu) that frame is asked first.
 * Returns null when no frame has a non-empty selection. `frames` lets a caller that already asked
 * for the accessible frames share that answer.
 * @example const capture = await captureFromTab(tab.id) // { text, source: 'textarea', frameIds: [0, 3] }
 */
export async function captureFromTab(
  tabId: number, frameId?: number, frames: Promise<number[]> = accessibleFrames(tabId),
): Promise<(CapturedSelection & { frameIds: number[] }) | null> {
  const frameIds = await frames;
  if (frameId !== undefined) {
    const direct = await askFrame(tabId, frameId);
    if (direct && direct.text.trim()) return { text: direct.text, source: direct.source, frameIds };
  }
  const answers = (await Promise.all(frameIds.map((id) => askFrame(tabId, id))))
    .filter((a): a is NonNullable<typeof a> => a !== null && a.text.trim() !== '');
  const best = answers.find((a) => a.focused) ?? answers[0];
  return best ? { text: best.text, source: best.source, frameIds } : null;
}

/**
 * Known identifiers from the patient banner (`selectors`, per EHR from policy) in any of `frameIds`.
 * @example await readKnown(tabId, [0], ['#banner [data-phi]']) // ['DOE, JANE', '00451234']
 */
export async function readKnown(tabId: number, frameIds: readonly number[], selectors: string[]): Promise<string[]> {
  if (selectors.length === 0) return [];
  const lists = await Promise.all(frameIds.map(async (frameId) => {
    try {
      return (await sendToFrame(tabId, frameId, 'content.readBanner', { selectors })).known;
    } catch {
      return [];
    }
  }));
  return [...new Set(lists.flat())].slice(0, MAX_KNOWN_ITEMS);
}

/** All accessible frames of a tab, for callers that already have a selection (selection-change path). */
export { accessibleFrames };

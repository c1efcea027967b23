/**
 * The three user triggers: context menu, keyboard command and toolbar action. Each opens the side
 * panel first, synchronously inside the listener (sidePanel.open only works during the user
 * gesture, i.e. before any await), then captures the tab's selection and analyzes it.
 */
import { browser, type Browser } from 'wxt/browser';
import { analyzeCapture } from './analysis';
import { accessibleFrames, captureFromTab, readKnown } from './capture-tab';
import { ensureOffscreen } from './offscreen-host';
import { captureSettings, tabUrl } from './policy-inputs';

export const MENU_ID = 'chartveil-summarize';
export const COMMAND_ID = 'summarize-selection';

/** Creates the context menu entry; call from runtime.onInstalled (menus persist). */
export function createContextMenu(): void {
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Summarize with ChartVeil', contexts: ['selection', 'editable'] });
  });
}

/** Opens the panel (no await: keeps the gesture) and starts the capture. */
export function triggerFromTab(tab: Browser.tabs.Tab | undefined, frameId?: number): void {
  if (!tab?.id || tab.windowId === undefined) return;
  const opening = browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  void opening.then(() => captureAndAnalyze(tab.id!, frameId));
}

/**
 * Captures the selection of `tabId` and analyzes it. Returns false when no frame had a selection.
 * @example await captureAndAnalyze(tab.id) // true
 */
export async function captureAndAnalyze(tabId: number, frameId?: number): Promise<boolean> {
  // Side by side, not one after the other (each is an IPC round trip): the offscreen document
  // check, the frames' selections, the policy and the banner's known identifiers (read even if
  // nothing turns out to be selected, then dropped).
  const offscreen = ensureOffscreen();
  offscreen.catch(() => undefined); // awaited, and reported, by analyzeCapture
  const frames = accessibleFrames(tabId);
  const settings = captureSettings();
  const known = Promise.all([frames, settings, tabUrl(tabId)])
    .then(([ids, s, url]) => readKnown(tabId, ids, s.bannerSelectors(url)))
    .catch(() => [] as string[]);
  const capture = await captureFromTab(tabId, frameId, frames);
  if (!capture) {
    await analyzeCapture({ text: '', source: 'page' }, [], await settings);
    return false;
  }
  await analyzeCapture({ text: capture.text, source: capture.source }, await known, await settings, offscreen);
  return true;
}

/** Registers the trigger listeners; call synchronously at the top of the background's main(). */
export function registerTriggers(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) triggerFromTab(tab, info.frameId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_ID) triggerFromTab(tab);
  });
  browser.action.onClicked.addListener((tab) => triggerFromTab(tab));
}

/**
 * Helpers for the hostile-input specs: put arbitrary text into the demo note editor and select it
 * with trusted input (so the content script reports it), read the analysis state from the panel
 * page (an extension page, so it keeps working while the service worker is being killed), and
 * measure a target's JS heap over CDP.
 */
import { expect, type Page } from '@playwright/test';
import type { AnalysisState } from '../../../utils/messaging/panel-state';
import type { Recorder, TargetSeen } from './recorder';

declare const chrome: typeof import('wxt/browser').browser;

/** Replaces the note editor's content (by script, no events) with `text`. */
export async function setEditor(page: Page, text: string): Promise<void> {
  await page.locator('#note-editor').evaluate((el, t) => {
    (el as HTMLTextAreaElement).value = t;
  }, text);
}

/** Selects the whole note editor with the keyboard (a trusted selection); returns its value. */
export async function selectEditor(page: Page): Promise<string> {
  await page.bringToFront();
  const editor = page.locator('#note-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  return editor.inputValue();
}

/** The current `session:analysis` state, read from an extension page. */
export function stateFrom(panelPage: Page): Promise<AnalysisState | undefined> {
  return panelPage.evaluate(async () => (await chrome.storage.session.get('analysis'))['analysis'] as AnalysisState | undefined);
}

/** Waits until the state is settled (done or error) and returns it. */
export async function settled(panelPage: Page, timeout = 60_000, notRequestId?: string): Promise<AnalysisState> {
  let last: AnalysisState | undefined;
  await expect.poll(async () => {
    last = await stateFrom(panelPage);
    if (notRequestId && last && 'requestId' in last && last.requestId === notRequestId) return 'old';
    return last?.status;
  }, { timeout, message: 'analysis settles (done or error)' }).toMatch(/^(done|error)$/);
  return last!;
}

export const isOffscreen = (t: TargetSeen) => t.url.endsWith('/offscreen.html') && t.type !== 'page';
export const isServiceWorker = (t: TargetSeen) => t.type === 'service_worker' && t.url.endsWith('/background.js');

/** Used JS heap of the first live target matching `match`, in MB, after a forced GC. */
export async function heapMb(rec: Recorder, match: (t: TargetSeen) => boolean): Promise<number> {
  const t = rec.liveTargets().find(match);
  if (!t) throw new Error('no such target');
  await rec.send('HeapProfiler.collectGarbage', {}, t.sessionId).catch(() => undefined);
  const { usedSize } = await rec.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, t.sessionId);
  return usedSize / 1_048_576;
}

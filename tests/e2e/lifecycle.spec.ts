/**
 * Lifecycle: after the service worker is stopped (as Chromium does when idle) and after the
 * offscreen document is closed, the next selection still completes: the worker restarts on the
 * event and the document is re-created. (Headless Chromium does not deliver extension keyboard
 * commands, context-menu clicks or toolbar clicks; triggers.test.ts covers those listeners.)
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Stops every service worker of the profile through CDP, as Chromium does after 30 s idle. */
async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      if (e.versions.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Extension context types, asked from an extension page (works while the worker is stopped or restarted). */
function contextTypes(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return (await api.runtime.getContexts({})).map((c) => c.contextType);
  });
}

test('after the service worker is stopped and the offscreen document closed, captures still work', async ({ context, demoPage, openSidePanelTab }) => {
  const panel = await openSidePanelTab();
  await demoPage.open();
  const first = await demoPage.selectParagraph('progress-p3');
  await panel.waitForResult(first.length);

  const firstId = await panel.requestId();

  await stopServiceWorker(context, panel.page);
  const second = await demoPage.selectParagraph('progress-p4');
  await panel.waitForResult(second.length, firstId);
  const secondId = await panel.requestId();
  expect(await contextTypes(panel.page)).toEqual(expect.arrayContaining(['BACKGROUND', 'OFFSCREEN_DOCUMENT']));

  await panel.page.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.offscreen.closeDocument());
  expect(await contextTypes(panel.page)).not.toContain('OFFSCREEN_DOCUMENT');
  const third = await demoPage.selectParagraph('progress-p5');
  await panel.waitForResult(third.length, secondId);
  expect(await contextTypes(panel.page)).toContain('OFFSCREEN_DOCUMENT');
});

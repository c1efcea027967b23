/**
 * A web page cannot drive ChartVeil. With a panel open (so any accepted capture would show), the
 * demo page's own scripts try chrome.runtime.sendMessage, window.postMessage with our message
 * types, and synthetic mouseup/keyup over a scripted selection: nothing is sanitized (the engine
 * analysed nothing), nothing stored, the panel stays empty. A trusted selection afterwards does work, which
 * shows the test could see a capture. A non-allowed origin gets no content script at all.
 */
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';
import { expect, test } from './fixtures';

const SPOOF = { text: 'Margaret Holloway MRN 00482913 DOB 03/14/1951', source: 'page' };

test('page scripts cannot make the extension sanitize, store or send anything', async ({ demoPage, openSidePanelTab, background, extensionId }) => {
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  const keysBefore = await background.storedKeys();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const attempts = await page.evaluate(async ({ id, spoof }) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } };
    const out: Record<string, string> = { runtime: typeof w.chrome?.runtime?.sendMessage };
    for (const type of ['bg.selectionCaptured', 'bg.captureActiveTab', 'offscreen.sanitize']) {
      try {
        await w.chrome!.runtime!.sendMessage!(id, { type, data: spoof });
        out[type] = 'sent';
      } catch {
        out[type] = 'threw';
      }
      window.postMessage({ type, data: { ...spoof, requestId: 'x', known: [] } }, '*');
      window.top?.postMessage({ type, data: spoof }, '*');
    }
    // A scripted selection plus synthetic (untrusted) events must not count as a user selection.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('progress-p2')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'a' }));
    return out;
  }, { id: extensionId, spoof: SPOOF });

  // Without externally_connectable, web pages have no runtime.sendMessage at all.
  expect(attempts.runtime).toBe('undefined');
  await page.waitForTimeout(1500);

  expect(await background.analysisState()).toBeUndefined();
  // The EHR page itself warms the engine (offscreen document), but nothing was analysed.
  expect(await background.engineAnalyses()).toBe(0);
  // Nothing new stored (other features may keep their own non-PHI state), and no PHI anywhere.
  expect(await background.storedKeys()).toEqual(keysBefore);
  const stored = await background.storedJson();
  for (const phi of ['Holloway', '00482913', '03/14/1951']) expect(stored).not.toContain(phi);
  await expect(panel.page.getByTestId('status-empty')).toBeVisible();
  expect(requests.filter((u) => DEMO_PHI_STRINGS.some((phi) => decodeURIComponent(u).includes(phi)))).toEqual([]);

  // Positive control: a real (trusted) selection is captured, so the checks above could fail.
  await demoPage.selectParagraph('progress-p1');
  await expect.poll(async () => (await background.analysisState())?.status).toMatch(/loading|done|error/);
});

test('a non-allowed origin gets no content script and no capture', async ({ demoPage, openSidePanelTab, background }) => {
  await openSidePanelTab();
  expect(await background.registeredOrigins()).toEqual(['http://127.0.0.1/*']);
  const page = await demoPage.open('not-allowed');
  await page.bringToFront();
  const tabId = await background.activeTabId();
  expect(tabId).toBeGreaterThan(0);
  expect(await background.contentScriptAnswers(tabId)).toBe(false);

  await page.locator('#progress-p2').click({ clickCount: 3 });
  await page.waitForTimeout(1000);
  expect(await background.analysisState()).toBeUndefined();
  expect(await background.contentScriptAnswers(tabId)).toBe(false);
});

/**
 * Hostile and odd input, in the real extension: a 1 MB selection, control/RTL/emoji/combining/CRLF
 * text, HTML and script in the selection, 1,000 selections in a row, the service worker killed and
 * the offscreen document closed mid-request, and a page flooding and spoofing the extension.
 * Each test ends with a normal selection that must work, so nothing is left broken.
 */
import { DISCHARGE_SUMMARY, ICU_NURSING_NOTE, PROGRESS_NOTE } from '../../../demo/notes';
import { expect, test } from '../fixtures';
import { heapMb, isOffscreen, isServiceWorker, selectEditor, setEditor, settled, stateFrom } from './hostile-helpers';

declare const chrome: typeof import('wxt/browser').browser;

const NOTE = PROGRESS_NOTE.join('\n');
/** A long but allowed selection (the default policy maximum is 20,000 characters). */
const LONG_NOTE = (() => {
  const all = [...ICU_NURSING_NOTE, ...PROGRESS_NOTE, ...DISCHARGE_SUMMARY].join('\n');
  return all.repeat(Math.ceil(19_000 / all.length)).slice(0, 19_000);
})();

test('a 1 MB selection is refused with a clear message, without a hang, and the next one works', async ({ demoPage, openSidePanelTab }) => {
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  const big = NOTE.repeat(Math.ceil(1_048_576 / NOTE.length)).slice(0, 1_048_576);
  await setEditor(page, big);
  const t0 = Date.now();
  await selectEditor(page);
  const refused = await settled(panel.page, 30_000);
  expect(refused).toMatchObject({ status: 'error', error: { code: 'ERR_INPUT_TOO_LARGE' } });
  expect(Date.now() - t0).toBeLessThan(30_000);
  const alert = panel.page.getByTestId('status-error');
  await expect(alert).toHaveAttribute('data-code', 'ERR_INPUT_TOO_LARGE');
  await expect(alert).toContainText('Selection is too large');
  await expect(alert).toContainText('maximum');

  await setEditor(page, NOTE);
  await selectEditor(page);
  const next = await settled(panel.page, 60_000, (refused as { requestId: string }).requestId);
  expect(next.status, JSON.stringify(next.status === 'error' ? next.error.code : '')).toBe('done');
});

test('control chars, RTL, emoji, combining marks and CRLF: offsets right, preview shows the same characters', async ({ demoPage, openSidePanelTab }) => {
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  const odd = 'Seen by Dr. Okafor\u0000 \u0007bell \u202eRTL override\u202c שלום Margaret Holloway مرحبا 👩🏽‍⚕️ café e\u0301\r\n'
    + 'MRN 00482913 \ufeffDOB 03/14/1951\r\n\tcall (503) 555-0147 \u200f\u200e end';
  await setEditor(page, odd);
  const selected = await selectEditor(page); // the textarea normalises CRLF to LF
  const state = await settled(panel.page);
  expect(state.status, JSON.stringify(state.status === 'error' ? state.error.code : '')).toBe('done');
  if (state.status !== 'done') return;
  const { sanitized, placeholders, counts } = state.result;
  expect(state.chars).toBe(selected.length);
  // Offsets are right iff the selection is the sanitized text with each placeholder read back as
  // the original it masks (placeholders are linked, so one may stand for several spellings).
  let cursor = 0;
  let masks = 0;
  for (const part of sanitized.split(/(\[[A-Z]+_\d+\])/)) {
    const originals = placeholders.filter((p) => p.placeholder === part).map((p) => p.original);
    if (originals.length === 0) {
      expect(selected.slice(cursor, cursor + part.length), `text at ${cursor}`).toBe(part);
      cursor += part.length;
      continue;
    }
    const original = originals.find((o) => selected.startsWith(o, cursor));
    expect(original, `${part} at ${cursor} stands for the text there`).toBeDefined();
    cursor += original!.length;
    masks++;
  }
  expect(cursor).toBe(selected.length);
  expect(masks).toBe(Object.values(counts).reduce((a, b) => a + (b ?? 0), 0));
  for (const phi of ['Holloway', '00482913', '03/14/1951', '555-0147']) expect(sanitized).not.toContain(phi);
  await panel.waitForResult(selected.length);
  expect(await panel.preview().textContent()).toBe(sanitized);
  expect(await panel.masks().count()).toBe(masks);
});

test('HTML and script in the selection are shown as text, never executed', async ({ demoPage, openSidePanelTab }) => {
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  const title = await panel.page.title();
  const dialogs: string[] = [];
  panel.page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  const html = '<img src=x onerror="document.title=\'PWNED\';alert(1)"><script>document.title=\'PWNED2\'</script>'
    + '<b id="injected">bold</b><a href="javascript:alert(2)">link</a> Margaret Holloway <iframe srcdoc="<script>parent.document.title=3</script>"></iframe>';
  await setEditor(page, html);
  const selected = await selectEditor(page);
  await panel.waitForResult(selected.length);
  const preview = panel.preview();
  const text = (await preview.textContent())!;
  // Markup is plain text to the engine (it may mask words inside it); the panel shows it verbatim.
  const state = await stateFrom(panel.page);
  expect(state?.status).toBe('done');
  if (state?.status === 'done') expect(text).toBe(state.result.sanitized);
  for (const literal of ['<img ', '<script>', '</script>', '<b id="injected">bold</b>', '<a href=', '<iframe srcdoc=']) expect(text).toContain(literal);
  expect(await preview.locator('img, script, b#injected, a, iframe').count()).toBe(0);
  await panel.page.waitForTimeout(500);
  expect(await panel.page.title()).toBe(title);
  expect(dialogs).toEqual([]);
});

test('1,000 selections in a row: bounded memory and the panel shows the latest selection', async ({ demoPage, openSidePanelTab, launched, demo }) => {
  test.setTimeout(240_000);
  const rec = launched.proof!.recorder;
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  await page.bringToFront();
  const burst = (from: number, to: number) => panel.page.evaluate(async ([base, a, b]) => {
    const [tab] = await chrome.tabs.query({ url: `${base}/*` });
    const pending: Promise<unknown>[] = [];
    for (let i = a; i < b; i++) {
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [i],
        func: (n: number) => {
          const el = document.getElementById('note-editor') as HTMLTextAreaElement;
          el.value = `Note ${n}: Margaret Holloway seen by Dr. Okafor, MRN 00482913, stable.`;
          el.focus();
          el.select();
        },
      });
      // Not awaited: captures overlap, as rapid clicks and selection changes do.
      pending.push(chrome.runtime.sendMessage({ type: 'bg.captureActiveTab', data: {} }).catch(() => null));
    }
    await Promise.all(pending);
  }, [demo.url, from, to] as const);

  await burst(0, 100);
  await expect.poll(() => rec.liveTargets().some(isOffscreen)).toBe(true);
  const before = { off: await heapMb(rec, isOffscreen), sw: await heapMb(rec, isServiceWorker) };
  await burst(100, 1000);
  const last = `Note 999: Margaret Holloway seen by Dr. Okafor, MRN 00482913, stable.`;
  const state = await settled(panel.page, 60_000);
  expect(state.status, JSON.stringify(state.status === 'error' ? state.error.code : '')).toBe('done');
  if (state.status === 'done') {
    expect(state.chars).toBe(last.length);
    expect(state.result.sanitized).toMatch(/^Note 999: /);
  }
  await expect(panel.preview()).toContainText('Note 999: ');
  const after = { off: await heapMb(rec, isOffscreen), sw: await heapMb(rec, isServiceWorker) };
  test.info().annotations.push({ type: 'heap MB (offscreen, sw) before/after 900 more', description: JSON.stringify({ before, after }) });
  expect(after.off - before.off).toBeLessThan(32);
  expect(after.sw - before.sw).toBeLessThan(16);
});

for (const victim of ['service worker', 'offscreen document'] as const) {
  // Found by this spec, fixed in e156e82: the request state lived only in the worker's memory, so a
  // worker stopped mid-request left `session:analysis` loading forever. The background now turns a
  // leftover 'loading' state into a coded error at start and on the panel's bg.ping.
  test(`the ${victim} killed mid-request: the request completes or fails clearly, and the next one works`, async ({ demoPage, openSidePanelTab, launched }) => {
    const rec = launched.proof!.recorder;
    const panel = await openSidePanelTab();
    const page = await demoPage.open();
    await setEditor(page, LONG_NOTE);
    await selectEditor(page);
    await expect.poll(async () => (await stateFrom(panel.page))?.status).toMatch(/loading|done|error/);
    const first = (await stateFrom(panel.page)) as { requestId: string };
    const match = victim === 'service worker' ? isServiceWorker : isOffscreen;
    await expect.poll(() => rec.liveTargets().some(match), { message: `${victim} target` }).toBe(true);
    const target = rec.liveTargets().find(match);
    await rec.evaluateIn(match, 'globalThis.__proofMark = 1');
    if (victim === 'service worker') {
      // What Chrome does to an idle or misbehaving worker: stop it (DevTools "Stop"), mid-request.
      const cdp = await panel.page.context().newCDPSession(panel.page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    } else {
      await rec.send('Target.closeTarget', { targetId: target!.targetId });
    }
    // The instance we marked is gone: either no such target, or a fresh instance without the mark.
    // (A stopped worker can stay attached without answering: a timeout also means it is gone.)
    await expect.poll(() => rec.evaluateIn(match, 'typeof globalThis.__proofMark', 2000).catch(() => 'gone'), { message: `${victim} is gone` })
      .toMatch(/^(undefined|gone)$/);

    // Completes or fails clearly: never stuck in "loading".
    const outcome = await settled(panel.page, 45_000);
    if (outcome.status === 'error') await expect(panel.page.getByTestId('status-error')).toBeVisible();
    expect(['done', 'error']).toContain(outcome.status);

    await setEditor(page, NOTE);
    await selectEditor(page);
    const next = await settled(panel.page, 60_000, first.requestId);
    expect(next.status, JSON.stringify(next.status === 'error' ? next.error.code : '')).toBe('done');
    if (next.status === 'done') expect(next.chars).toBe(NOTE.length);
  });
}

test('a page flooding and spoofing the extension gets nothing, harms nothing, and cannot fake the selection', async ({ demoPage, openSidePanelTab, background }) => {
  test.setTimeout(180_000);
  const panel = await openSidePanelTab();
  const page = await demoPage.open();
  const real = (await page.locator('#progress-p3').textContent())!.trim(); // read before the page spoofs the DOM APIs
  await page.evaluate(() => {
    const spoof = 'SPOOFED Margaret Holloway 00482913';
    // Main-world overrides: the content script's isolated world must not see them.
    Selection.prototype.toString = () => spoof;
    window.getSelection = () => ({ toString: () => spoof, rangeCount: 0 }) as unknown as Selection;
    const types = ['bg.selectionCaptured', 'bg.captureActiveTab', 'bg.sanitizeProgress', 'offscreen.sanitize', 'content.getSelection', 'content.readBanner'];
    const big = 'x'.repeat(100_000);
    for (let i = 0; i < 10_000; i++) {
      const type = types[i % types.length]!;
      window.postMessage({ type, data: { text: i % 100 === 0 ? big : spoof, source: 'page', requestId: String(i), known: [], done: 1, total: 1 } }, '*');
    }
    for (let i = 0; i < 1_000; i++) {
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'a' }));
    }
  });
  await page.waitForTimeout(1500);
  expect(await stateFrom(panel.page)).toBeUndefined();
  expect(await background.engineAnalyses()).toBe(0);
  expect(await background.contentScriptAnswers(await background.tabId(demoPage.demo.url))).toBe(true);

  await demoPage.selectParagraph('progress-p3');
  const state = await settled(panel.page);
  expect(state.status, JSON.stringify(state.status === 'error' ? state.error.code : '')).toBe('done');
  if (state.status === 'done') {
    // The real paragraph (a triple-click may add trailing line breaks), not the page's spoofed selection.
    expect(state.chars).toBeGreaterThanOrEqual(real.length);
    expect(state.chars).toBeLessThanOrEqual(real.length + 4);
    expect(state.result.sanitized).not.toContain('SPOOFED');
  }
});

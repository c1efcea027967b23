/**
 * No-leak guarantees. The guard (guard.ts) already checks every browser of the suite on close;
 * these specs prove the guard is not blind: a deliberate canary request and console line from each
 * context (service worker, offscreen document, side panel page, web page) is captured and flagged
 * by the checker, and a clear-text value written to extension storage is found on disk by the
 * profile scanner. Then a real capture -> engine -> panel round trip shows zero findings.
 */
import { DEMO_PHI_STRINGS } from '../../../demo/phi-strings';
import { scanProfile } from '../../../utils/vault/scan/profile-scan';
import { expect, test } from '../fixtures';

declare const chrome: typeof import('wxt/browser').browser;
import { PROFILE_CANARY } from './guard';
import { CANARY_PATH, checkRecording, checkRequests } from './leak-check';

const NEEDLE = 'PROOF-NEEDLE-QX7';
const LOG_CANARY = 'PROOF-LOG-CANARY-QX7';

test('the recorder captures requests and console output of the SW, offscreen document, panel and page', async ({ launched, sw, demo, extensionId, openSidePanelTab, demoPage }) => {
  const rec = launched.proof!.recorder;
  const url = (who: string) => `${demo.url}${CANARY_PATH}/${who}?q=${NEEDLE}`;
  const send = `(u) => fetch(u, { method: 'POST', body: '${NEEDLE}', headers: { 'x-proof': '${NEEDLE}' } }).catch(() => null)`;

  await sw.evaluate(async ([u, msg]) => {
    console.log(msg, 'sw');
    await fetch(u, { method: 'POST', body: 'PROOF-NEEDLE-QX7', headers: { 'x-proof': 'PROOF-NEEDLE-QX7' } }).catch(() => null);
    await chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'proof test' }).catch(() => null);
  }, [url('sw'), LOG_CANARY] as const);
  const isOffscreen = (t: { url: string }) => t.url === `chrome-extension://${extensionId}/offscreen.html`;
  await expect.poll(() => rec.liveTargets().some(isOffscreen)).toBe(true);
  await rec.evaluateIn(isOffscreen, `console.error(${JSON.stringify(LOG_CANARY)}, 'offscreen'); (${send})(${JSON.stringify(url('offscreen'))})`);

  const panel = await openSidePanelTab();
  await panel.page.evaluate(([u, msg]) => {
    console.warn(msg, 'panel');
    return fetch(u, { method: 'POST', body: 'PROOF-NEEDLE-QX7', headers: { 'x-proof': 'PROOF-NEEDLE-QX7' } }).catch(() => null);
  }, [url('panel'), LOG_CANARY] as const);
  const page = await demoPage.open();
  await page.evaluate(([u, msg]) => {
    console.log(msg, 'page');
    return fetch(u, { method: 'POST', body: 'PROOF-NEEDLE-QX7', headers: { 'x-proof': 'PROOF-NEEDLE-QX7' } }).catch(() => null);
  }, [url('page'), LOG_CANARY] as const);

  const canaryRequests = () => rec.recording.requests.filter((r) => r.url.includes(CANARY_PATH));
  await expect.poll(() => new Set(canaryRequests().map((r) => `${r.via}:${r.targetType}`)).size).toBeGreaterThanOrEqual(4);
  const seenBy = new Set(canaryRequests().map((r) => `${r.via}:${r.targetType}:${r.url.split('/').at(-1)?.split('?')[0]}`));
  for (const who of ['cdp:service_worker:sw', 'cdp:page:panel', 'cdp:page:page', 'route:page-route:page']) expect(seenBy, who).toContain(who);
  // The offscreen document is a CDP target of its own (not a Playwright page).
  expect([...seenBy].some((k) => k.startsWith('cdp:') && k.endsWith(':offscreen')), 'offscreen request captured').toBe(true);

  // The checker flags the needle in URL, header and body of each of them (canary path aside).
  const asLeaks = canaryRequests().map((r) => ({ ...r, url: r.url.replace(CANARY_PATH, '/leak') }));
  const report = checkRequests(asLeaks, [NEEDLE], { extensionId });
  for (const where of ['url', 'header', 'body'] as const) expect(report.phi.filter((f) => f.where === where).length, where).toBeGreaterThanOrEqual(5);

  // Console output of every context is captured.
  await expect.poll(() => [...new Set(rec.recording.logs.filter((l) => l.text.includes(LOG_CANARY)).map((l) => l.text.split(' ').at(-1)))].sort())
    .toEqual(['offscreen', 'page', 'panel', 'sw']);
});

test('a foreign destination is flagged', async ({ launched, sw }) => {
  // Nothing listens there (no network); the attempt alone must be recorded and flagged.
  await sw.evaluate(() => fetch('https://gateway.invalid/v1/chat').catch(() => null));
  const rec = launched.proof!.recorder;
  await expect.poll(() => checkRecording(rec.recording, DEMO_PHI_STRINGS).disallowed).toEqual(['https://gateway.invalid']);
  launched.proof!.allowOrigin('https://gateway.invalid'); // acknowledged: this test's deliberate request
});

test('the profile scan finds a clear-text value written to extension storage', async ({ launched, sw }) => {
  await sw.evaluate((v) => chrome.storage.local.set({ proofCanary: v }), PROFILE_CANARY);
  await expect.poll(() => scanProfile(launched.userDataDir, [PROFILE_CANARY]).findings.length, { timeout: 15_000 }).toBeGreaterThan(0);
  await sw.evaluate(() => chrome.storage.local.remove('proofCanary'));
});

test('a real capture -> engine -> panel round trip sends and logs no PHI, contacts only allowed origins', async ({ launched, demoPage, openSidePanelTab, background, extensionId }) => {
  const panel = await openSidePanelTab();
  await demoPage.open();
  await demoPage.selectParagraph('progress-p2');
  await expect.poll(async () => (await background.analysisState())?.status, { timeout: 60_000 }).toMatch(/done|error/);
  await expect(panel.page.locator('main[data-status="done"], main[data-status="error"]')).toBeVisible();
  const rec = launched.proof!.recorder.recording;
  expect(rec.requests.length).toBeGreaterThan(0);
  expect(rec.targets.some((t) => t.type === 'service_worker')).toBe(true);
  const report = checkRecording(rec, DEMO_PHI_STRINGS, { extensionId });
  expect(report.phi).toEqual([]);
  expect(report.disallowed).toEqual([]);
  const state = await background.analysisState();
  expect(state?.status, `engine error: ${JSON.stringify(state?.status === 'error' ? state.error.code : null)}`).toBe('done');
});

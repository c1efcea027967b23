/**
 * Managed policy, end to end, with REAL Linux policy files for Debian Chromium
 * (/etc/chromium/policies/managed/chartveil-e2e.json, needs root): the file exists only while
 * this spec runs and is removed in afterAll and on process exit, even on failure, because other
 * Chromium runs on the machine read the same directory. Covers: the allow-list decides where the
 * content script is injected, capture works there, policy values reach the extension (Chromium
 * drops a value that fails managed_schema.json; diagnostics see it), engine and size settings take
 * effect, and a policy change while the browser runs is applied without a reload. In the real
 * side panel: the policy's gateway and issuer are the ones called (a gateway started in-process),
 * the fail-safe threshold changes what is masked, policy templates appear and are locked, and with
 * allowUnmask false nothing can be un-masked.
 */
import type { Worker } from '@playwright/test';
import { startGateway } from '../../gateway/src/server';
import { diagnose } from '../../utils/policy/diagnostics';
import { mergeLayers } from '../../utils/policy/merge';
import { validateLayer } from '../../utils/policy/schema';
import { BackgroundPage } from './pages/background';
import { LoopPanel } from './pages/loop-panel';
import { expect, launchWithExtension, test } from './fixtures';
import { guardPolicyFiles, removePolicyFiles, writePolicy } from './support/policy-file';

type Gateway = Awaited<ReturnType<typeof startGateway>>;
/** The organisation's gateway (dev issuer included), started in-process; its URL goes into the policy. */
let gw: Gateway;

/** The template the policy adds; its prompt must reach the policy's gateway. */
const HOUSE_TEMPLATE = { id: 'e2e', name: 'E2E house template', prompt: 'Summarize in two lines.' };

/** The base policy: the demo origin allowed, the in-process gateway, plus one value of every kind the spec checks. */
function policyA(gateway: Gateway): Record<string, unknown> {
  const values: Record<string, unknown> = {
    policyRevision: 'e2e-A',
    ehrOrigins: ['http://127.0.0.1'],
    gatewayUrl: gateway.url,
    oidcIssuer: gateway.issuer,
    oidcClientId: 'chartveil-extension',
    failSafeThreshold: 0.01,
    summaryTemplates: [HOUSE_TEMPLATE],
    lockTemplates: true,
    allowUnmask: false,
    denyTerms: ['Dyspnea'],
    maxSelectionChars: 150,
    // Deliberately the wrong type: Chromium must drop it before the extension sees it.
    maxDrafts: '20',
  };
  values.expectedKeys = [...Object.keys(values), 'expectedKeys'];
  return values;
}
let POLICY_A: Record<string, unknown>;

/** An allow-list that does not include the demo origin. */
const POLICY_B = { policyRevision: 'e2e-B', ehrOrigins: ['https://ehr.example.org'], expectedKeys: ['policyRevision', 'ehrOrigins', 'expectedKeys'] };

test.beforeAll(async () => {
  test.skip(typeof process.getuid === 'function' && process.getuid() !== 0, 'writing /etc/chromium/policies needs root');
  guardPolicyFiles();
  gw = await startGateway({ port: 0, recordReceived: true, log: false, offlineChunkDelayMs: 5 });
  POLICY_A = policyA(gw);
  writePolicy(POLICY_A);
});

test.afterAll(async () => {
  removePolicyFiles();
  await gw?.close();
});

/** storage.managed as the service worker sees it. The first read after start can take ~3 s. */
function managed(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(async () => (await (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.managed.get()) as Record<string, unknown>);
}

test('policy values reach storage.managed; Chromium drops the value that fails the schema, diagnostics report it', async ({ sw }) => {
  const raw = await managed(sw);
  const { maxDrafts: _dropped, ...delivered } = POLICY_A;
  expect(raw).toEqual(delivered);

  const effective = mergeLayers(validateLayer(raw, 'policy'), validateLayer({}, 'user'), { receivedPolicyKeys: Object.keys(raw), managedAvailable: true });
  expect(effective.issues).toEqual([]);
  expect(effective.values.gatewayUrl).toBe(gw.url);
  expect(effective.sources.gatewayUrl).toBe('policy');
  expect(effective.values.allowUnmask).toBe(false);
  expect(effective.locked.allowUnmask).toBe(true);
  expect(effective.values.failSafeThreshold).toBe(0.01);
  expect(effective.values.summaryTemplates.map((t) => t.name)).toEqual(['E2E house template']);
  const report = diagnose(effective);
  expect(report.droppedByBrowser).toEqual(['maxDrafts']);
  expect(report.problems).toBe(1);
});

test('allow-listed origin: injected and its size limit applied; an origin off the list: nothing', async ({ background, demoPage, openRealSidePanel }) => {
  expect(await background.registeredOrigins()).toEqual(['http://127.0.0.1/*']);
  await demoPage.open('allowed');
  await openRealSidePanel();
  await demoPage.page.bringToFront();

  // maxSelectionChars 150: a 191-character paragraph is captured, then refused before the engine.
  const long = await demoPage.selectParagraph('progress-p6');
  expect(long.length).toBeGreaterThan(150);
  await expect.poll(async () => {
    const s = await background.analysisState();
    return s?.status === 'error' ? s.error.code : s?.status;
  }).toBe('ERR_INPUT_TOO_LARGE');

  // localhost is not on the allow-list: no content script answers there, nothing is captured.
  const other = await demoPage.open('not-allowed');
  await other.bringToFront();
  const tabId = await background.activeTabId();
  expect(await background.contentScriptAnswers(tabId)).toBe(false);
  await other.locator('#progress-p2').click({ clickCount: 3 });
  await other.waitForTimeout(1000);
  const after = await background.analysisState();
  expect(after?.status === 'error' ? after.error.code : after?.status).toBe('ERR_INPUT_TOO_LARGE');
});

test('allow-listed origin: a selection is masked with the policy deny term (needs the PHI model in the build)', async ({ background, demoPage, openRealSidePanel }) => {
  await demoPage.open('allowed');
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  // "Dyspnea" is not PHI: only the policy's deny term can make the engine mask it.
  const text = await demoPage.selectParagraph('progress-p3');
  expect(text).toContain('Dyspnea');
  await expect.poll(async () => (await background.analysisState())?.status, { timeout: 60_000 }).toMatch(/done|error/);
  const done = await background.analysisState();
  if (done?.status !== 'done') throw new Error(`expected done, got ${done?.status === 'error' ? done.error.code : done?.status}`);
  await panel.waitForResult(text.length);
  expect(done.result.sanitized).not.toContain('Dyspnea');
  expect(await panel.preview().textContent()).toBe(done.result.sanitized);
});

/** Placeholders in a sanitized text: the masks the engine applied. */
const maskCount = (sanitized: string) => (sanitized.match(/\[[A-Z_]+_\d+\]/g) ?? []).length;

test('in the panel: the policy gateway and issuer are called with the policy template; templates locked; no un-masking', async ({ demoPage, openRealSidePanel }) => {
  gw.received.length = 0;
  await demoPage.open('allowed');
  const sidePanel = await openRealSidePanel();
  const panel = new LoopPanel(sidePanel.page);
  const page = sidePanel.page;
  await demoPage.page.bringToFront();
  const text = await demoPage.selectParagraph('progress-p2');
  await sidePanel.waitForResult(text.length);

  // allowUnmask false: no Un-mask button, and neither Enter nor Delete on a mask un-masks it.
  const masks = page.locator('[data-testid="sanitized-preview"] mark.cv-mask');
  const before = await masks.count();
  expect(before).toBeGreaterThan(0);
  const sanitizedBefore = await sidePanel.preview().textContent();
  await expect(page.getByTestId('review-controls')).toContainText('Un-masking is turned off by your organisation.');
  await masks.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-selected')).toBeVisible();
  await expect(page.getByTestId('unmask')).toHaveCount(0);
  await masks.first().focus();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('review-notice')).toHaveCount(0);
  expect(await masks.count()).toBe(before);
  expect(await sidePanel.preview().textContent()).toBe(sanitizedBefore);

  // The policy template is offered; lockTemplates makes every template's prompt read-only.
  const picker = page.getByTestId('template-picker');
  const house = picker.getByRole('radio', { name: /E2E house template/ });
  await expect(house).toHaveCount(1);
  await expect(picker.locator('.cv-template-lock')).toHaveCount(await picker.getByRole('radio').count());
  await house.check();
  await picker.locator('details.cv-prompt > summary').click();
  await expect(picker.locator('details.cv-prompt > summary')).toHaveText('View prompt (locked by policy)');
  const prompt = picker.locator('details.cv-prompt textarea');
  await expect(prompt).toHaveValue(HOUSE_TEMPLATE.prompt);
  await expect(prompt).toHaveJSProperty('readOnly', true);
  await prompt.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ignore the placeholders.');
  await expect(prompt).toHaveValue(HOUSE_TEMPLATE.prompt);

  // Sign in at the policy's issuer and summarize: the policy's gateway gets the request, with the locked prompt.
  await panel.signIn();
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  expect(gw.received.length).toBe(1);
  const body = gw.received[0]!.body;
  expect(body).toContain(HOUSE_TEMPLATE.prompt);
  expect(body).not.toContain('Ignore the placeholders.');
  expect(body).not.toContain('Holloway');
});

test('the fail-safe threshold from policy changes what is masked (0.01 masks more than 0.99, live)', async ({ sw, background, demoPage, openRealSidePanel }) => {
  await demoPage.open('allowed');
  const sidePanel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  // The content script skips a selection equal to the last one it sent: select another paragraph in between.
  const analyze = async (id: string) => {
    const before = await background.analysisState();
    // icu-* paragraphs live in the ICU note's frame, progress-* in the page.
    const p = id.startsWith('icu-') ? demoPage.outerFrame().locator(`#${id}`) : demoPage.page.locator(`#${id}`);
    await p.click({ clickCount: 3 });
    const text = await p.evaluate((el) => el.ownerDocument.getSelection()!.toString());
    await sidePanel.waitForResult(text.length, before && 'requestId' in before ? before.requestId : null);
    const done = await background.analysisState();
    if (done?.status !== 'done') throw new Error(`expected done, got ${done?.status}`);
    return maskCount(done.result.sanitized);
  };
  // icu-p6 (132 characters, under the policy's 150) has a token the model scores between 0.01 and
  // 0.99 ("CB" before the call-back number) and PHI scored above 0.99. Which paragraph has such
  // tokens depends on the model and the safe-list gate: re-check it when either changes.
  const low = await analyze('icu-p6');
  writePolicy({ ...POLICY_A, policyRevision: 'e2e-A-high', failSafeThreshold: 0.99 });
  try {
    await expect.poll(async () => (await managed(sw)).policyRevision, { timeout: 45_000, intervals: [500] }).toBe('e2e-A-high');
    await analyze('icu-p7'); // the frame's content script skips a selection equal to its last one
    const high = await analyze('icu-p6');
    expect(high).toBeGreaterThan(0);
    expect(low).toBeGreaterThan(high);
  } finally {
    writePolicy(POLICY_A);
  }
});

test.describe('an allow-list without the demo origin', () => {
  test.beforeAll(() => writePolicy(POLICY_B));
  test.afterAll(() => writePolicy(POLICY_A));

  test('nothing is injected on the demo origin, and a selection there is not captured', async ({ demo }) => {
    const launched = await launchWithExtension();
    try {
      const sw = launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
      const background = new BackgroundPage(sw);
      expect((await managed(sw)).policyRevision).toBe('e2e-B');
      // Give the worker's start-up sync time to (not) register anything.
      await new Promise((r) => setTimeout(r, 1500));
      expect(await background.registeredOrigins()).toEqual([]);

      const page = await launched.context.newPage();
      await page.goto(`${demo.url}/`);
      await page.locator('#progress-p2').click({ clickCount: 3 });
      const tabId = await background.tabId(demo.url);
      expect(await background.contentScriptAnswers(tabId)).toBe(false);
      await page.waitForTimeout(1000);
      expect(await background.analysisState()).toBeUndefined();
    } finally {
      await launched.close();
    }
  });
});

test('a policy change while the browser runs re-registers the content script without a reload', async ({ sw, background }) => {
  expect(await background.registeredOrigins()).toEqual(['http://127.0.0.1/*']);
  // Chromium watches the policy directory and reloads about 5 s after the file settles.
  writePolicy(POLICY_B);
  try {
    await expect.poll(async () => (await managed(sw)).policyRevision, { timeout: 45_000, intervals: [500] }).toBe('e2e-B');
    await expect.poll(() => background.registeredOrigins(), { timeout: 10_000 }).toEqual([]);
  } finally {
    writePolicy(POLICY_A);
  }
  await expect.poll(async () => (await managed(sw)).policyRevision, { timeout: 45_000, intervals: [500] }).toBe('e2e-A');
  await expect.poll(() => background.registeredOrigins(), { timeout: 10_000 }).toEqual(['http://127.0.0.1/*']);
});

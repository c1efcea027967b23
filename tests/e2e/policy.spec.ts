/**
 * Managed policy, end to end, with REAL Linux policy files for Debian Chromium
 * (/etc/chromium/policies/managed/chartveil-e2e.json, needs root): the file exists only while
 * this spec runs and is removed in afterAll and on process exit, even on failure, because other
 * Chromium runs on the machine read the same directory. Covers: the allow-list decides where the
 * content script is injected, capture works there, policy values reach the extension (Chromium
 * drops a value that fails managed_schema.json; diagnostics see it), engine and size settings take
 * effect, and a policy change while the browser runs is applied without a reload.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from '@playwright/test';
import { renderUpdateManifest } from '../../tools/admin-docs/update-manifest';
import { packDirectory } from '../../tools/crx';
import { diagnose } from '../../utils/policy/diagnostics';
import { mergeLayers } from '../../utils/policy/merge';
import { validateLayer } from '../../utils/policy/schema';
import { BackgroundPage } from './pages/background';
import { CHROMIUM_PATH, EXTENSION_DIR, expect, launchWithExtension, test } from './fixtures';

const POLICY_ROOT = '/etc/chromium/policies';
const POLICY_DIR = `${POLICY_ROOT}/managed`;
const POLICY_FILE = `${POLICY_DIR}/chartveil-e2e.json`;
const EXTENSION_ID = 'nbblkohofnbpbpkkhheoabbnglgclepb';

/** The base policy: the demo origin allowed, plus one value of every kind the spec checks. */
const POLICY_A: Record<string, unknown> = {
  policyRevision: 'e2e-A',
  ehrOrigins: ['http://127.0.0.1'],
  gatewayUrl: 'https://gw-e2e.example.org/v1',
  failSafeThreshold: 0.2,
  summaryTemplates: [{ id: 'e2e', name: 'E2E house template', prompt: 'Summarize in two lines.' }],
  lockTemplates: true,
  allowUnmask: false,
  denyTerms: ['Dyspnea'],
  maxSelectionChars: 150,
  // Deliberately the wrong type: Chromium must drop it before the extension sees it.
  maxDrafts: '20',
};
POLICY_A.expectedKeys = [...Object.keys(POLICY_A), 'expectedKeys'];

/** An allow-list that does not include the demo origin. */
const POLICY_B = { policyRevision: 'e2e-B', ehrOrigins: ['https://ehr.example.org'], expectedKeys: ['policyRevision', 'ehrOrigins', 'expectedKeys'] };

let createdRoot = false;
let createdDir = false;

function writePolicy(values: Record<string, unknown>): void {
  if (!existsSync(POLICY_ROOT)) createdRoot = true;
  if (!existsSync(POLICY_DIR)) createdDir = true;
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  rmSync(CRX_POLICY_FILE, { force: true });
  try {
    if (createdDir) rmdirSync(POLICY_DIR);
    if (createdRoot) rmdirSync(POLICY_ROOT);
  } catch {
    // Another run put files there meanwhile: leave the directories.
  }
}

const CRX_POLICY_FILE = `${POLICY_DIR}/chartveil-e2e-crx.json`;
const cleanupOnExit = () => {
  rmSync(POLICY_FILE, { force: true });
  rmSync(CRX_POLICY_FILE, { force: true });
};

test.beforeAll(() => {
  test.skip(typeof process.getuid === 'function' && process.getuid() !== 0, 'writing /etc/chromium/policies needs root');
  process.once('exit', cleanupOnExit);
  writePolicy(POLICY_A);
});

test.afterAll(() => {
  removePolicy();
  process.removeListener('exit', cleanupOnExit);
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
  expect(effective.values.gatewayUrl).toBe('https://gw-e2e.example.org/v1');
  expect(effective.sources.gatewayUrl).toBe('policy');
  expect(effective.values.allowUnmask).toBe(false);
  expect(effective.locked.allowUnmask).toBe(true);
  expect(effective.values.failSafeThreshold).toBe(0.2);
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

test('self-hosted: ExtensionInstallForcelist installs the CRX from our update manifest under the key\'s id', async () => {
  // Pack the build with a throwaway key, serve updates.xml + the CRX, force-install by policy.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { crx, id, version } = packDirectory(EXTENSION_DIR, privateKey);
  const requests: string[] = [];
  let xml = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    requests.push(path);
    if (path === '/updates.xml') res.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
    else if (path === '/chartveil.crx') res.writeHead(200, { 'content-type': 'application/x-chrome-extension' }).end(crx);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  xml = renderUpdateManifest({ id, version, codebase: `${base}/chartveil.crx` });
  const profile = mkdtempSync(join(tmpdir(), 'chartveil-crx-e2e-'));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(CRX_POLICY_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${id};${base}/updates.xml`] }));
    // No --load-extension; extension updates need background networking, which Playwright disables by default.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH, headless: true,
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-update'],
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    try {
      await expect.poll(() => existsSync(join(profile, 'Default', 'Extensions', id, `${version}_0`, 'manifest.json')), { timeout: 60_000, intervals: [1000] }).toBe(true);
    } finally {
      rmSync(CRX_POLICY_FILE, { force: true });
      await context.close();
    }
    expect(requests).toContain('/updates.xml');
    expect(requests).toContain('/chartveil.crx');
    const prefs = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
    const entry = prefs.extensions.settings[id];
    expect(entry.location).toBe(7); // EXTERNAL_POLICY_DOWNLOAD: installed by policy from our server
    expect(entry.disable_reasons ?? []).toEqual([]);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

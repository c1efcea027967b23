/**
 * The encrypted drafts vault, end to end in the real side panel: drafts autosaved from the demo
 * notes, then the browser is closed and the WHOLE profile folder is scanned for the notes' PHI
 * (raw bytes, LevelDB log records, table blocks, IndexedDB snappy values): nothing in plain text.
 * The same profile reopens locked; a wrong passphrase is refused clearly; unlock shows the drafts
 * intact. Lock (the route the idle/screen-lock listener calls) wipes the key from storage.session
 * and the panel's decrypted view. The demo tab is closed before shutdown (Chromium's own history,
 * session and form data of the EHR page are not ChartVeil's).
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { browser } from 'wxt/browser';
import { join } from 'node:path';
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { scanProfile } from '../../utils/vault/scan/profile-scan';
import { CHROMIUM_PATH, EXTENSION_DIR, chromiumArgs, expect, test } from './fixtures';
import { BackgroundPage } from './pages/background';
import { DemoPage } from './pages/demo-page';
import { openRealSidePanel, type SidePanelPage } from './pages/side-panel';
import { startProofGuard, type ProofGuard } from './proof/guard';

/** Functions passed to evaluate run in the worker or the panel, where `chrome` is the extension API. */
declare const chrome: typeof browser;

const PASSPHRASE = 'correct horse battery staple 42';
/** Not PHI: proves the scan reads what an extension stores in IndexedDB. */
const SCAN_CANARY = 'CV-VAULT-SCAN-CONTROL-4d1f9a';

interface Session {
  context: BrowserContext;
  sw: Worker;
  background: BackgroundPage;
  cdpPort: number;
  extensionId: string;
  proof: ProofGuard;
}

async function devToolsPort(dir: string): Promise<number> {
  const file = join(dir, 'DevToolsActivePort');
  for (let i = 0; i < 200; i++) {
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Chromium did not write DevToolsActivePort');
}

/** Launches Chromium on `dir` (new or reused profile) with the built extension and the no-leak guard. */
async function launch(dir: string): Promise<Session> {
  rmSync(join(dir, 'DevToolsActivePort'), { force: true }); // a stale port from the previous run
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(EXTENSION_DIR) });
  const cdpPort = await devToolsPort(dir);
  const proof = await startProofGuard(context, cdpPort);
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const background = new BackgroundPage(sw);
  await expect.poll(async () => (await background.registeredOrigins()).length).toBeGreaterThan(0);
  return { context, sw, background, cdpPort, extensionId: new URL(sw.url()).host, proof };
}

async function shutdown(s: Session, dir: string): Promise<void> {
  await s.proof.beforeClose();
  await s.context.close();
  s.proof.afterClose(dir);
}

/** Sends a bg.* message from an extension page (the panel), like the panel's own code does. */
function sendFromPanel(panel: SidePanelPage, type: string, data: unknown) {
  return panel.page.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [type, data] as const);
}

async function captureAndWaitForDraft(demo: DemoPage, panel: SidePanelPage, select: () => Promise<string>, drafts: number) {
  const previous = await panel.requestId();
  await demo.page.bringToFront();
  const text = await select();
  await panel.waitForResult(text.length, previous);
  await expect(panel.page.getByTestId('draft-item')).toHaveCount(drafts);
}

let server: DemoServer;
test.beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
test.afterAll(async () => {
  await server?.close();
});

test('drafts are encrypted at rest: profile scan finds no PHI; reopened browser is locked, wrong passphrase refused, unlock shows the drafts intact', async () => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'chartveil-vault-e2e-'));
  try {
    // 1. First run: set a passphrase, autosave two drafts from the demo notes.
    let s = await launch(dir);
    const demo = new DemoPage(s.context, server, s.background);
    await demo.open();
    let panel = await openRealSidePanel(s.context, s.extensionId, s.cdpPort);
    await expect(panel.page.getByTestId('vault-lock')).toHaveAttribute('data-mode', 'setup');
    await panel.page.locator('input[name=passphrase]').fill(PASSPHRASE);
    await panel.page.locator('input[name=confirm]').fill(PASSPHRASE);
    await panel.page.getByTestId('vault-lock').locator('button[type=submit]').click();
    await expect(panel.page.getByTestId('drafts-empty')).toBeVisible();

    await captureAndWaitForDraft(demo, panel, () => demo.selectParagraph('progress-p2'), 1);
    await captureAndWaitForDraft(demo, panel, () => demo.selectInNestedFrame('discharge-p4'), 2);
    const saved = (await s.background.analysisState());
    if (saved?.status !== 'done') throw new Error('expected a done analysis');
    // The draft holds the mapping (originals) too: the scan below proves it is encrypted.
    expect(saved.result.placeholders.length).toBeGreaterThan(0);
    const ids = await panel.page.getByTestId('draft-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

    // The offline queue is stored through the same vault (a payload holding demo PHI on purpose).
    const queued = [{ id: 'q-1', createdAt: Date.now(), attempts: 1, payload: { sanitized: saved.result.sanitized, probe: 'Margaret Holloway 00482913' } }];
    expect(await sendFromPanel(panel, 'bg.queueSave', { items: queued })).toMatchObject({ ok: true });

    // Positive control: a plain-text canary in an extension IndexedDB must be found by the same scan.
    await panel.page.evaluate((canary) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('cv-scan-control');
      open.onupgradeneeded = () => open.result.createObjectStore('v');
      open.onsuccess = () => {
        const tx = open.result.transaction('v', 'readwrite');
        tx.objectStore('v').put({ text: canary }, 1);
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), SCAN_CANARY);
    await demo.page.close();
    await panel.disconnect();
    await shutdown(s, dir);

    // 2. Browser closed: no demo PHI anywhere in the profile folder.
    const report = scanProfile(dir, DEMO_PHI_STRINGS);
    const findings = report.findings.map((f) => `${f.file} [${f.layer}/${f.encoding}] needle #${f.needle}`);
    console.log(`vault e2e: scanned ${report.filesScanned} files, ${report.bytesScanned} bytes, ${report.streamsDecompressed} snappy streams; ${findings.length} findings`);
    expect(report.filesScanned).toBeGreaterThan(50);
    expect(findings).toEqual([]);
    expect(scanProfile(dir, [SCAN_CANARY]).findings.length).toBeGreaterThan(0);

    // 3. Same profile again: locked, wrong passphrase refused, unlock shows the drafts.
    s = await launch(dir);
    expect(await s.sw.evaluate(async () => (await chrome.storage.session.get('vaultKey'))['vaultKey'] ?? null)).toBeNull();
    panel = await openRealSidePanel(s.context, s.extensionId, s.cdpPort);
    await expect(panel.page.getByTestId('vault-lock')).toHaveAttribute('data-mode', 'unlock');
    await panel.page.locator('input[name=passphrase]').fill('not the passphrase at all');
    await panel.page.getByTestId('vault-lock').locator('button[type=submit]').click();
    await expect(panel.page.getByTestId('vault-error')).toContainText('not right');
    await expect(panel.page.getByTestId('vault-lock')).toHaveAttribute('data-mode', 'unlock');

    await panel.page.locator('input[name=passphrase]').fill(PASSPHRASE);
    await panel.page.getByTestId('vault-lock').locator('button[type=submit]').click();
    await expect(panel.page.getByTestId('draft-item')).toHaveCount(2);
    expect(await panel.page.getByTestId('draft-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort())).toEqual([...ids].sort());

    expect(await sendFromPanel(panel, 'bg.queueLoad', {})).toEqual({ ok: true, value: queued });

    // The newest draft opens with exactly the sanitized text the engine produced before the restart.
    await panel.page.locator('[data-testid=draft-item] .cv-draft-main').first().click();
    await expect(panel.page.getByTestId('draft-view-text')).toHaveText(saved.result.sanitized);

    // The audit log verifies after all of it.
    await panel.page.getByRole('button', { name: 'Verify log' }).click();
    await expect(panel.page.getByTestId('audit-result')).toHaveAttribute('data-ok', 'true');
    await panel.disconnect();
    await shutdown(s, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lock wipes the key from storage.session and the panel shows the lock screen with no decrypted state', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'chartveil-vault-e2e-'));
  try {
    const s = await launch(dir);
    const demo = new DemoPage(s.context, server, s.background);
    await demo.open();
    const panel = await openRealSidePanel(s.context, s.extensionId, s.cdpPort);
    await panel.page.locator('input[name=passphrase]').fill(PASSPHRASE);
    await panel.page.locator('input[name=confirm]').fill(PASSPHRASE);
    await panel.page.getByTestId('vault-lock').locator('button[type=submit]').click();
    await expect(panel.page.getByTestId('drafts-empty')).toBeVisible();
    const keyInSession = () => s.sw.evaluate(async () => typeof (await chrome.storage.session.get('vaultKey'))['vaultKey'] === 'string');
    expect(await keyInSession()).toBe(true);

    await captureAndWaitForDraft(demo, panel, () => demo.selectParagraph('progress-p2'), 1);
    // The draft belongs to the banner's patient context: an opaque keyed id, not the MRN or name.
    const context = await s.sw.evaluate(async () => (await chrome.storage.session.get('patientContext'))['patientContext'] as { id: string; requestId: string; origin: string });
    expect(context.id).toMatch(/^pc-[0-9a-f]{32}$/);
    expect(context.requestId).toBe(await panel.requestId());
    expect(context.origin).toBe(server.url);
    const draftId = await panel.page.getByTestId('draft-item').first().getAttribute('data-id');
    const opened = (await sendFromPanel(panel, 'bg.draftOpen', { id: draftId })) as { value: { patientContextId: string; origin: string } };
    expect(opened.value).toMatchObject({ patientContextId: context.id, origin: server.url });

    await panel.page.locator('[data-testid=draft-item] .cv-draft-main').first().click();
    await expect(panel.page.getByTestId('draft-view')).toBeVisible();

    // The route the idle / screen-lock listener calls (utils/vault/auto-lock.ts is unit-tested).
    await sendFromPanel(panel, 'bg.vaultLock', {});
    await expect(panel.page.getByTestId('vault-lock')).toHaveAttribute('data-mode', 'unlock');
    expect(await keyInSession()).toBe(false);
    await expect(panel.page.getByTestId('draft-view')).toHaveCount(0);
    await expect(panel.page.getByTestId('sanitized-preview')).toHaveCount(0);
    expect((await s.background.analysisState())?.status ?? 'empty').toBe('empty');
    expect(await s.sw.evaluate(async () => (await chrome.storage.session.get('patientContext'))['patientContext'] ?? null)).toBeNull();

    // Locked: the vault refuses to list drafts.
    const reply = (await sendFromPanel(panel, 'bg.draftsList', {})) as { ok: boolean; error?: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'ERR_VAULT_LOCKED' } });

    // One writer (the worker) logged the whole session: capture/sanitize counts, vault and draft events, no PHI.
    const exported = (await sendFromPanel(panel, 'bg.auditExport', {})) as { ok: boolean; value: { jsonl: string } };
    const types = exported.value.jsonl.split('\n').filter(Boolean).slice(1).map((l) => (JSON.parse(l) as { event: { type: string } }).event.type);
    expect(types).toEqual(expect.arrayContaining(['vault.setup', 'capture', 'sanitize', 'draft.save', 'draft.open', 'vault.lock']));
    expect(DEMO_PHI_STRINGS.filter((phi) => exported.value.jsonl.includes(phi))).toEqual([]);

    await demo.page.close();
    await panel.disconnect();
    await shutdown(s, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Issue #6, end to end in headless Chromium with the built extension and the dev gateway started
 * in-process: select a PHI-rich note, review it (un-mask a false positive from the keyboard, add
 * a mask), sign in through identity.launchWebAuthFlow against the dev issuer, summarize with a
 * template and watch tokens stream into the REAL side panel, see re-identified names, insert into
 * the note editor, and check that the gateway received none of the note's PHI. Also: an invalid
 * token makes the panel ask to sign in again. Screenshots go to tests/artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';
import { startGateway } from '../../gateway/src/server';
import { expect, test } from './fixtures';
import type { DemoPage } from './pages/demo-page';
import { LoopPanel, openPanelOnParagraph } from './pages/loop-panel';

/** The extension API as seen inside sw.evaluate (typed like WXT's `browser`). */
declare const chrome: typeof import('wxt/browser').browser;

type Gateway = Awaited<ReturnType<typeof startGateway>>;
let gw: Gateway;

test.beforeAll(async () => {
  // Slow chunks so that the streaming state is visible (and screenshotted) in the panel.
  gw = await startGateway({ port: 0, recordReceived: true, log: false, offlineChunkDelayMs: 120 });
});
test.afterAll(async () => gw?.close());

/** Points the extension at this gateway through the user settings (as a clinician or admin would). */
async function useGateway(sw: import('@playwright/test').Worker, url: string) {
  await sw.evaluate(async (u) => {
    await chrome.storage.local.set({ userSettings: { gatewayUrl: u, oidcIssuer: `${u}/oidc`, oidcClientId: 'chartveil-extension', oidcScopes: ['openid', 'profile', 'email'] } });
  }, url);
}

/** Drags a trusted mouse selection from the start of `fromId` to the end of `toId`; returns the selected text. */
async function dragSelect(demoPage: DemoPage, fromId: string, toId: string): Promise<string> {
  const page = demoPage.page;
  const from = (await page.locator(`#${fromId}`).boundingBox())!;
  const to = (await page.locator(`#${toId}`).boundingBox())!;
  await page.locator(`#${fromId}`).scrollIntoViewIfNeeded();
  await page.mouse.move(from.x + 1, from.y + 3);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width - 2, to.y + to.height - 3, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()!.toString());
}

test('review, summarize, re-identify, insert: the gateway receives no PHI', async ({ sw, demoPage, openRealSidePanel, background }) => {
  await useGateway(sw, gw.url);
  gw.received.length = 0;
  await demoPage.open();
  const sidePanel = await openRealSidePanel();
  const panel = new LoopPanel(sidePanel.page);
  await demoPage.page.bringToFront();

  // 1. Select a PHI-rich note: the progress note from the patient line to the signature.
  const selected = await dragSelect(demoPage, 'progress-p2', 'progress-p6');
  expect(selected).toContain('Margaret Holloway');
  await sidePanel.waitForResult();
  const state = await background.analysisState();
  if (state?.status !== 'done') throw new Error('no analysis');

  // 2. Review: un-mask a false positive with the keyboard (the fail-safe masks "Merivale", a
  // rollator brand no lexicon knows, as a possible name; with another model, any masked non-PHI
  // word that is not structured PHI, which the gateway's tripwire would refuse), and add a mask
  // for "VNA" (the home-care agency).
  const falsePositive = await pickFalsePositive(panel);
  await panel.mask(falsePositive).first().hover();
  await panel.unmaskWithKeyboard(falsePositive);
  const orgsBefore = Number((await sidePanel.legendCount('ORGANIZATION').textContent({ timeout: 1000 }).catch(() => '0')) ?? 0);
  await panel.addMask('VNA', 'ORGANIZATION');
  const preview = (await sidePanel.preview().textContent())!;
  expect(preview).toContain(falsePositive);
  expect(preview).toMatch(/\[ORGANIZATION_\d+\]/);
  expect(preview).not.toMatch(/\bVNA\b/);
  await expect(sidePanel.legendCount('ORGANIZATION')).toHaveText(String(orgsBefore + 1));

  // 3. Sign in (code + PKCE through identity.launchWebAuthFlow), pick a template, summarize.
  await expect(panel.summary()).toHaveAttribute('data-state', 'signed-out');
  await panel.signIn();
  await panel.chooseTemplate(/problem list/i);
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'streaming');
  await expect.poll(async () => (await panel.body().textContent())?.length ?? 0).toBeGreaterThan(120);
  const partial = (await panel.body().textContent())!.length;
  mkdirSync('tests/artifacts', { recursive: true });
  await sidePanel.page.screenshot({ path: 'tests/artifacts/loop-streaming.png', fullPage: true });
  await expect(panel.summary()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const summary = (await panel.body().textContent())!;
  expect(summary.length).toBeGreaterThan(partial); // it grew after the mid-stream screenshot

  // 4. Re-identified locally: real names in the panel, placeholders in what was sent.
  expect(summary).toContain('Margaret Holloway');
  expect(summary).not.toMatch(/\[NAME_\d+\]/);
  await panel.body().scrollIntoViewIfNeeded();
  await sidePanel.page.screenshot({ path: 'tests/artifacts/loop-done.png', fullPage: true });
  await sidePanel.page.emulateMedia({ colorScheme: 'dark' });
  await sidePanel.page.screenshot({ path: 'tests/artifacts/loop-done-dark.png', fullPage: true });
  await sidePanel.page.emulateMedia({ colorScheme: 'light' });
  await sidePanel.page.getByTestId('toggle-masked').click();
  await expect(panel.body()).toContainText('[NAME_1]');
  await expect(panel.body()).not.toContainText('Margaret Holloway');
  await sidePanel.page.getByTestId('toggle-masked').click();

  // Evidence: a summary sentence highlights its source sentences in the preview.
  await sidePanel.page.locator('.cv-evidence-box > summary').click();
  await sidePanel.page.getByTestId('evidence-list').locator('button', { hasNotText: 'no source found' }).first().click();
  await expect(sidePanel.preview().locator('.cv-hl').first()).toBeVisible();

  // 5. Insert into the page's note editor (the focused field), with the draft marker.
  const editor = demoPage.page.locator('#note-editor');
  const before = await editor.inputValue();
  await editor.click();
  await demoPage.page.keyboard.press('Control+End');
  await sidePanel.page.getByTestId('insert').click();
  await expect(sidePanel.page.getByTestId('loop-note')).toContainText('Inserted');
  const after = await editor.inputValue();
  expect(after.startsWith(before)).toBe(true); // nothing the clinician wrote was replaced
  const inserted = after.slice(before.length);
  expect(inserted).toContain('Margaret Holloway');
  expect(inserted).toContain('AI-generated');

  // The gateway's record: sanitized text with the review applied, and no PHI at all.
  const bodies = gw.received.map((r) => r.body).join('\n');
  expect(gw.received.length).toBeGreaterThan(0);
  expect(bodies).toContain(falsePositive);
  expect(bodies).toMatch(/\[ORGANIZATION_\d+\]/);
  expect(bodies).not.toMatch(/\bVNA\b/);
  expect(bodies).toContain('[NAME_1]');
  const leaked = DEMO_PHI_STRINGS.filter((phi) => bodies.includes(phi));
  expect(leaked).toEqual([]);

  // The audit log got the loop's entries: counts, slugs and hashes only.
  let events: { type: string }[] = [];
  await expect.poll(async () => {
    events = await auditEvents(sidePanel.page);
    return events.map((e) => e.type);
  }).toEqual(expect.arrayContaining(['review', 'auth.signIn', 'send', 'receive', 'insert']));
  const reviews = events.filter((e) => e.type === 'review') as unknown as { added: Record<string, number>; removed: Record<string, number> }[];
  expect(reviews.some((r) => Object.keys(r.added).length === 0 && Object.values(r.removed).reduce((a, b) => a + b, 0) >= 1)).toBe(true);
  expect(reviews).toContainEqual({ type: 'review', added: { ORGANIZATION: 1 }, removed: {} });
  const auditJson = JSON.stringify(events);
  expect(DEMO_PHI_STRINGS.filter((phi) => auditJson.includes(phi))).toEqual([]);
  expect(auditJson).not.toContain(falsePositive);
});

/** A masked word that is not PHI (no demo PHI string in it) and not structured PHI: "Merivale" if masked. */
async function pickFalsePositive(panel: LoopPanel): Promise<string> {
  const masks = await panel.page.locator('[data-testid="sanitized-preview"] mark.cv-mask').evaluateAll((els) =>
    els.map((el) => ({ original: el.getAttribute('data-original') ?? '', entity: el.getAttribute('data-entity') ?? '' })));
  const ok = masks.filter((m) => ['NAME', 'LOCATION', 'ORGANIZATION', 'OTHER'].includes(m.entity) && /^[A-Za-z][A-Za-z ]{1,40}$/.test(m.original) &&
    !DEMO_PHI_STRINGS.some((phi) => phi.toLowerCase().includes(m.original.toLowerCase()) || m.original.toLowerCase().includes(phi.toLowerCase())));
  const pick = ok.find((m) => m.original === 'Merivale') ?? ok[0];
  if (!pick) throw new Error(`No non-PHI false positive among ${masks.length} masks: the review step needs one to un-mask`);
  return pick.original;
}

/** The audit log's events, read from IndexedDB in an extension page. */
function auditEvents(page: import('@playwright/test').Page): Promise<{ type: string }[]> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('chartveil-audit');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('entries')) return resolve([]);
      const all = db.transaction('entries').objectStore('entries').getAll();
      all.onsuccess = () => { resolve(all.result.map((e: { event: { type: string } }) => e.event)); db.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}

test('an invalid or expired token makes the panel ask to sign in again', async ({ sw, demoPage, openRealSidePanel }) => {
  await useGateway(sw, gw.url);
  const { sidePanel, panel } = await openPanelOnParagraph(demoPage, openRealSidePanel, 'progress-p2');
  await panel.signIn();

  // The gateway will reject this token (expired a minute ago) while the panel still believes in it.
  const expired = await gw.mintAccessToken!({ expiresInS: -60 });
  await sw.evaluate(async (token) => {
    const key = 'chartveil.gatewayTokens';
    const tokens = (await chrome.storage.session.get(key))[key] as { accessToken: string; expiresAt: number };
    await chrome.storage.session.set({ [key]: { ...tokens, accessToken: token, expiresAt: Date.now() + 3_600_000 } });
  }, expired);
  const sent = gw.received.length;
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'signed-out');
  await expect(sidePanel.page.getByTestId('sign-in')).toBeVisible();
  await expect(sidePanel.page.locator('[data-section="summary"] header')).toContainText('Not signed in');
  expect(gw.received.length).toBe(sent); // a rejected token never reaches the summarizer
  expect(await sw.evaluate(async () => Object.keys(await chrome.storage.session.get('chartveil.gatewayTokens')).length)).toBe(0);

  // Signing in again restores the loop.
  await panel.signIn();
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
});

test('primary down fails over to the secondary; both down queues the request and sends it on recovery', async ({ sw, demoPage, openRealSidePanel }) => {
  // The relay validates tokens from the main gateway's dev issuer, like a second replica would.
  const relayOptions = { issuer: gw.issuer, devIssuer: false, recordReceived: true, log: false as const, offlineChunkDelayMs: 5 };
  let relay = await startGateway({ ...relayOptions, port: 0 });
  const relayUrl = relay.url;
  const deadUrl = 'http://127.0.0.1:9'; // discard port: nothing listens
  await sw.evaluate(async ([primary, secondary, issuer]) => {
    await chrome.storage.local.set({ userSettings: { gatewayUrl: primary, gatewayUrlSecondary: secondary, oidcIssuer: issuer, oidcClientId: 'chartveil-extension' } });
  }, [deadUrl, relayUrl, gw.issuer] as const);
  const { sidePanel, panel } = await openPanelOnParagraph(demoPage, openRealSidePanel, 'progress-p2');
  await panel.signIn();

  // Failover: the primary refuses connections, the secondary answers.
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  expect(relay.received.length).toBe(1);

  // Both down: queued, and the panel says so.
  await relay.close();
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'queued', { timeout: 30_000 });
  await expect(panel.summary()).toContainText('queued');

  // The secondary comes back on the same address: the queued request is sent, nothing is lost.
  relay = await startGateway({ ...relayOptions, port: Number(new URL(relayUrl).port) });
  try {
    await expect(sidePanel.page.getByTestId('queued-delivered')).toBeVisible({ timeout: 45_000 });
    expect(relay.received.length).toBe(1);
    await sidePanel.page.getByTestId('queued-delivered').locator('summary').click();
    await expect(sidePanel.page.getByTestId('queued-delivered')).toContainText('Margaret Holloway');
    const leaked = DEMO_PHI_STRINGS.filter((phi) => relay.received.some((r) => r.body.includes(phi)));
    expect(leaked).toEqual([]);
  } finally {
    await relay.close();
  }
});

test('insert goes back into the text box the selection came from, after the selection', async ({ sw, demoPage, openRealSidePanel }) => {
  await useGateway(sw, gw.url);
  await demoPage.open();
  const sidePanel = await openRealSidePanel();
  const panel = new LoopPanel(sidePanel.page);
  await demoPage.page.bringToFront();
  const before = await demoPage.selectAllInEditor();
  await sidePanel.waitForResult(before.length);
  await panel.signIn();
  await panel.summarize();
  await expect(panel.summary()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await sidePanel.page.getByTestId('insert').click(); // no click in the page: the source field is the target
  await expect(sidePanel.page.getByTestId('loop-note')).toContainText('Inserted');
  const after = await demoPage.page.locator('#note-editor').inputValue();
  expect(after.startsWith(`${before}\n\n`)).toBe(true);
  expect(after.slice(before.length)).toContain('Offline demo summary');
  expect(after.slice(before.length)).toContain('Margaret Holloway');
});

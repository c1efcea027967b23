/**
 * The three capture paths, end to end in headless Chromium with the built extension: a selection
 * in the page, in the nested iframe and in the textarea each reaches the offscreen engine, and the
 * sanitized preview appears in the REAL side panel (trusted gesture + connectOverCDP). Also: the
 * panel's capture button probes all frames, and a 360 px screenshot goes to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import type { BackgroundPage } from './pages/background';
import type { SidePanelPage } from './pages/side-panel';
import { expect, test } from './fixtures';

/** Checks that the panel shows exactly what the offscreen engine returned for `chars` characters. */
async function expectEngineResultInPanel(panel: SidePanelPage, background: BackgroundPage, chars: number, source: string) {
  await panel.waitForResult(chars);
  const state = await background.analysisState();
  if (state?.status !== 'done') throw new Error(`expected done, got ${state?.status}`);
  expect(state.source).toBe(source);
  expect(state.chars).toBe(chars);
  expect((await background.offscreenStatus()).engineReady).toBe(true);
  expect(await panel.preview().textContent()).toBe(state.result.sanitized);
  expect(await panel.masks().count()).toBeGreaterThan(0);
  return state.result;
}

test('page selection: masked preview in the real side panel, 360 px screenshot', async ({ demoPage, openRealSidePanel, background }) => {
  await demoPage.open();
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  const text = await demoPage.selectParagraph('progress-p2');

  const result = await expectEngineResultInPanel(panel, background, text.length, 'page');
  // Labelled in the text and known from the patient banner: must be masked.
  expect(result.sanitized).not.toContain('00482913');
  expect(await panel.legendCount('MRN').textContent()).toMatch(/^[1-9]/);

  const width = await panel.page.evaluate(() => innerWidth);
  expect(width).toBeGreaterThanOrEqual(300);
  expect(width).toBeLessThanOrEqual(420);
  mkdirSync('tests/artifacts', { recursive: true });
  await panel.page.screenshot({ path: 'tests/artifacts/sidepanel-360.png', fullPage: true });
});

test('nested iframe selection: reaches the engine and the real side panel', async ({ demoPage, openRealSidePanel, background }) => {
  await demoPage.open();
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  const text = await demoPage.selectInNestedFrame('discharge-p4');

  const result = await expectEngineResultInPanel(panel, background, text.length, 'page');
  expect(result.sanitized).not.toContain('w.holloway@example.net');
});

test('textarea selection: reaches the engine and the real side panel', async ({ demoPage, openRealSidePanel, background }) => {
  await demoPage.open();
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  const text = await demoPage.selectAllInEditor();

  const result = await expectEngineResultInPanel(panel, background, text.length, 'textarea');
  expect(result.sanitized).not.toContain('00482913');
  await expect(panel.page.getByTestId('preview-meta')).toContainText('from text box');
});

test('capture button: finds the selection in the nested iframe among all frames', async ({ demoPage, openRealSidePanel, background }) => {
  await demoPage.open();
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  // Selected by script: no mouseup, so only the button's all-frames probe can find it.
  const text = await demoPage.selectInNestedFrameSilently('discharge-p1');
  expect(await background.analysisState()).toBeUndefined();

  await panel.capture();
  await expectEngineResultInPanel(panel, background, text.length, 'page');
});

test('capture button with nothing selected shows the coded error state, and nothing reaches the engine', async ({ demoPage, openRealSidePanel, background }) => {
  await demoPage.open();
  const panel = await openRealSidePanel();
  await demoPage.page.bringToFront();
  await expect(panel.page.getByTestId('status-empty')).toBeVisible();

  await panel.capture();
  const error = panel.page.getByTestId('status-error');
  await expect(error).toHaveAttribute('data-code', 'ERR_EMPTY_INPUT');
  await expect(error).toContainText('Nothing selected');
  expect(await background.engineAnalyses()).toBe(0);
});

test('opening an allowed EHR page loads the engine before any selection, and analyses nothing', async ({ demoPage, background }) => {
  await demoPage.open();
  // The document exists before its script has added the message listener: "not ready yet", not a failure.
  const ready = async () => (await background.contextTypes()).includes('OFFSCREEN_DOCUMENT') && (await background.offscreenStatus().catch(() => null))?.engineReady === true;
  await expect.poll(ready, { timeout: 30_000 }).toBe(true);
  expect(await background.offscreenStatus()).toMatchObject({ analyses: 0 });
  expect(await background.analysisState()).toBeUndefined();
});

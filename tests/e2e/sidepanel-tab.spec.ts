/**
 * sidepanel.html opened in an ordinary tab renders the same app: it starts empty, and follows a
 * page selection to a masked preview (the background treats an open panel tab as an open panel).
 * Also renders the dark theme at 360 px (tests/artifacts/sidepanel-360-dark.png).
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('sidepanel.html in a tab shows the masked preview of a page selection', async ({ demoPage, openSidePanelTab, background }) => {
  const panel = await openSidePanelTab();
  await expect(panel.page.getByTestId('status-empty')).toBeVisible();
  await demoPage.open();
  const text = await demoPage.selectParagraph('progress-p6');

  await panel.waitForResult(text.length);
  const state = await background.analysisState();
  expect(state?.status).toBe('done');
  expect(await panel.masks().count()).toBeGreaterThan(0);
  await expect(panel.page.getByTestId('mask-legend')).toBeVisible();

  // Dark theme at the side panel's width: the masks keep their per-type colours.
  await panel.page.setViewportSize({ width: 360, height: 640 });
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  const bg = await panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(246, 247, 249)');
  mkdirSync('tests/artifacts', { recursive: true });
  await panel.page.screenshot({ path: 'tests/artifacts/sidepanel-360-dark.png', fullPage: true });
});

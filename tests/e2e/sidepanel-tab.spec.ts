/**
 * sidepanel.html opened in an ordinary tab renders the same app: it starts empty, and follows a
 * page selection to a masked preview (the background treats an open panel tab as an open panel).
 */
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
});

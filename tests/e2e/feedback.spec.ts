/**
 * Issue #6 "Report a miss", end to end in the REAL side panel with the built extension: select a
 * PHI-rich demo paragraph, focus a mask, "Report false mask" from the keyboard, see the confirmation,
 * and (no feedbackEndpoint set) find one `feedback` entry in the audit export: category, entity,
 * salted hash and model version only, and none of the demo PHI strings anywhere in the export.
 */
import { DEMO_PHI_STRINGS } from '../../demo/phi-strings';
import { expect, test } from './fixtures';
import { openPanelOnParagraph } from './pages/loop-panel';

test('report a false mask without an endpoint: a text-free feedback entry in the audit log', async ({ demoPage, openRealSidePanel }) => {
  const { sidePanel, panel } = await openPanelOnParagraph(demoPage, openRealSidePanel, 'progress-p2');

  // Keyboard only: focus the first mask, Enter selects it, Tab to "Report false mask", Enter.
  const mask = sidePanel.masks().first();
  const entity = (await mask.getAttribute('data-entity'))!;
  const original = (await mask.getAttribute('data-original'))!;
  await mask.focus();
  await sidePanel.page.keyboard.press('Enter');
  const report = sidePanel.page.getByTestId('report-false-mask');
  await report.focus();
  await sidePanel.page.keyboard.press('Enter');
  await expect(sidePanel.page.getByTestId('review-notice')).toHaveText('Reported (no text was sent).');
  await expect(panel.mask(original).first()).toBeVisible(); // reporting does not un-mask

  const exported = (await sidePanel.page.evaluate(() => chrome.runtime.sendMessage({ type: 'bg.auditExport', data: {} }))) as { ok: boolean; value: { jsonl: string } };
  expect(exported.ok).toBe(true);
  const events = exported.value.jsonl.split('\n').filter(Boolean).slice(1).map((l) => (JSON.parse(l) as { event: Record<string, unknown> }).event);
  const feedback = events.filter((e) => e.type === 'feedback');
  expect(feedback).toHaveLength(1);
  expect(Object.keys(feedback[0]!).sort()).toEqual(['entity', 'hash', 'kind', 'modelVersion', 'type']);
  expect(feedback[0]).toMatchObject({ kind: 'false-mask', entity, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(exported.value.jsonl).not.toContain(original);
  expect(DEMO_PHI_STRINGS.filter((phi) => exported.value.jsonl.includes(phi))).toEqual([]);
});

/** The extension API inside page.evaluate (typed like WXT's `browser`). */
declare const chrome: typeof import('wxt/browser').browser;

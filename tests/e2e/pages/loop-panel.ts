/**
 * Page object for the review + summarize loop in the side panel: masks by original, un-mask from
 * the keyboard, add a mask, sign in, pick a template, summarize, and the summary's state/body.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { DemoPage } from './demo-page';
import type { SidePanelPage } from './side-panel';

/**
 * Opens the demo chart and the real side panel, selects one paragraph and waits for its masked
 * preview: the common start of the loop specs.
 * @example const { sidePanel, panel } = await openPanelOnParagraph(demoPage, openRealSidePanel, 'progress-p2');
 */
export async function openPanelOnParagraph(demoPage: DemoPage, openRealSidePanel: () => Promise<SidePanelPage>, paragraphId: string): Promise<{ sidePanel: SidePanelPage; panel: LoopPanel }> {
  await demoPage.open();
  const sidePanel = await openRealSidePanel();
  const panel = new LoopPanel(sidePanel.page);
  await demoPage.page.bringToFront();
  await demoPage.selectParagraph(paragraphId);
  await sidePanel.waitForResult();
  return { sidePanel, panel };
}

export class LoopPanel {
  constructor(readonly page: Page) {}

  mask(original: string): Locator {
    return this.page.locator(`[data-testid="sanitized-preview"] mark.cv-mask[data-original="${original.replace(/"/g, '\\"')}"]`);
  }

  /** Keyboard only: focus the mask, Enter moves to Un-mask, Enter un-masks. */
  async unmaskWithKeyboard(original: string): Promise<void> {
    await this.mask(original).first().focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('unmask')).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.mask(original)).toHaveCount(0);
  }

  async addMask(phrase: string, entity: string): Promise<void> {
    await this.page.getByTestId('add-mask-phrase').fill(phrase);
    await this.page.getByTestId('add-mask-type').selectOption(entity);
    await this.page.getByTestId('add-mask').click();
    await expect(this.page.getByTestId('review-notice')).toContainText('Masked');
  }

  summary(): Locator {
    return this.page.getByTestId('summary-view');
  }

  body(): Locator {
    return this.page.getByTestId('summary-body');
  }

  async signIn(): Promise<void> {
    await this.page.getByTestId('sign-in').click();
    await expect(this.page.locator('[data-section="summary"] header')).toContainText('Signed in');
  }

  async chooseTemplate(name: RegExp | string): Promise<void> {
    await this.page.getByTestId('template-picker').getByLabel(name).check();
  }

  async summarize(): Promise<void> {
    await this.page.getByTestId('summarize').click();
  }
}

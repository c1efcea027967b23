/**
 * Page object for the demo EHR: opens the chart (on the allowed 127.0.0.1 origin or the
 * non-allowed localhost one), waits for our content script, and makes selections the three ways
 * a clinician does: in the page, in the nested iframe, and in the note editor textarea.
 */
import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import type { DemoServer } from '../../../demo/server';
import type { BackgroundPage } from './background';

export class DemoPage {
  page!: Page;

  constructor(private readonly context: BrowserContext, readonly demo: DemoServer, private readonly background: BackgroundPage) {}

  /** Opens the chart and, on the allowed origin, waits until the content script answers in every frame. */
  async open(origin: 'allowed' | 'not-allowed' = 'allowed'): Promise<Page> {
    this.page = await this.context.newPage();
    const base = origin === 'allowed' ? this.demo.url : this.demo.localhostUrl;
    await this.page.goto(`${base}/`);
    await this.innerFrame().locator('#discharge-p1').waitFor();
    if (origin === 'allowed') {
      const tabId = await this.background.tabId(base);
      await expect.poll(() => this.background.contentScriptAnswers(tabId)).toBe(true);
    }
    return this.page;
  }

  outerFrame(): Frame {
    return this.page.frame({ url: /\/frames\/outer\.html$/ })!;
  }

  innerFrame() {
    return this.page.frameLocator('#outer-frame').frameLocator('#inner-frame');
  }

  /** Triple-clicks a paragraph of the top page (a trusted mouse selection). Returns the selected text. */
  async selectParagraph(id: string): Promise<string> {
    const p = this.page.locator(`#${id}`);
    await p.click({ clickCount: 3 });
    return p.evaluate(() => document.getSelection()!.toString());
  }

  /** Triple-clicks a paragraph of the discharge summary inside the nested iframe. Returns the selected text. */
  async selectInNestedFrame(id: string): Promise<string> {
    const p = this.innerFrame().locator(`#${id}`);
    await p.click({ clickCount: 3 });
    return p.evaluate(() => document.getSelection()!.toString());
  }

  /** Focuses the note editor and selects all of it with the keyboard. Returns its value. */
  async selectAllInEditor(): Promise<string> {
    const editor = this.page.locator('#note-editor');
    await editor.click();
    await this.page.keyboard.press('Control+A');
    return editor.inputValue();
  }

  /** Selects a paragraph of the nested iframe by script (no mouse, so no selection-change report). */
  async selectInNestedFrameSilently(id: string): Promise<string> {
    const frame = this.page.frames().find((f) => f.url().endsWith('/frames/inner.html'))!;
    return frame.evaluate((pid) => {
      const el = document.getElementById(pid)!;
      const range = document.createRange();
      range.selectNodeContents(el);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    }, id);
  }
}

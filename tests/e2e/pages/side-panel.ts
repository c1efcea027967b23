/**
 * Page object for the side panel, either the REAL side panel (opened with a trusted gesture and
 * reached over CDP with connectOverCDP, since it is not in context.pages()) or sidepanel.html in an
 * ordinary tab. Both render the same app; only the real one is 360 px wide.
 */
import { chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export class SidePanelPage {
  constructor(readonly page: Page, private readonly cdpBrowser?: Browser) {}

  preview() {
    return this.page.getByTestId('sanitized-preview');
  }

  masks() {
    return this.preview().locator('mark.cv-mask');
  }

  /**
   * Waits for a done result whose meta line mentions `chars` characters and, when given, whose
   * request differs from `previousRequestId` (so an earlier result cannot satisfy the wait).
   * Fails fast with the error code when the panel shows an error instead (e.g. ERR_MODEL_LOAD).
   */
  async waitForResult(chars?: number, previousRequestId?: string | null): Promise<void> {
    const main = this.page.locator('main.cv-app');
    if (previousRequestId) await expect(main).not.toHaveAttribute('data-request-id', previousRequestId);
    await expect(this.page.locator('main[data-status="done"], main[data-status="error"]')).toBeVisible();
    if ((await main.getAttribute('data-status')) === 'error') {
      const code = await this.page.getByTestId('status-error').getAttribute('data-code');
      throw new Error(`the panel shows error ${code} instead of a result${code === 'ERR_MODEL_LOAD' ? ' (is models/phi-ner/model.onnx built into the extension?)' : ''}`);
    }
    await expect(this.preview()).toBeVisible();
    if (chars !== undefined) await expect(this.page.getByTestId('preview-meta')).toContainText(`${chars.toLocaleString('en-US')} chars`);
  }

  /** Id of the request the panel shows (a random UUID, no PHI). */
  requestId(): Promise<string | null> {
    return this.page.locator('main.cv-app').getAttribute('data-request-id');
  }

  status(): Promise<string | null> {
    return this.page.locator('main.cv-app').getAttribute('data-status');
  }

  legendCount(entity: string) {
    return this.page.getByTestId(`count-${entity}`);
  }

  async capture(): Promise<void> {
    await this.page.getByTestId('capture-button').click();
  }

  /** Disconnects the CDP client (the panel itself stays open). */
  async disconnect(): Promise<void> {
    await this.cdpBrowser?.close();
  }
}

/**
 * Opens the real side panel: a trusted `Runtime.evaluate(userGesture: true)` in an extension tab
 * calls `sidePanel.open`, then a second CDP client finds the panel page (~360 px wide).
 * @example const panel = await openRealSidePanel(context, extensionId, cdpPort)
 */
export async function openRealSidePanel(context: BrowserContext, extensionId: string, cdpPort: number): Promise<SidePanelPage> {
  const launcher = await context.newPage();
  await launcher.goto(`chrome-extension://${extensionId}/sidepanel.html?launcher=1`);
  const cdp = await context.newCDPSession(launcher);
  const result = await cdp.send('Runtime.evaluate', {
    expression: 'chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id })).then(() => "ok")',
    userGesture: true,
    awaitPromise: true,
  });
  if (result.exceptionDetails) throw new Error(`sidePanel.open failed: ${result.exceptionDetails.text}`);
  await cdp.detach();
  await launcher.close();
  return connectToRealSidePanel(extensionId, cdpPort);
}

/**
 * Connects over CDP to an already open real side panel (opened by a test gesture or by one of the
 * extension's triggers) and returns its page object.
 */
export async function connectToRealSidePanel(extensionId: string, cdpPort: number): Promise<SidePanelPage> {
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const findPanel = () => cdpBrowser.contexts().flatMap((c) => c.pages())
    .find((p) => p.url() === `chrome-extension://${extensionId}/sidepanel.html`);
  await expect.poll(() => findPanel() !== undefined, { message: 'real side panel page' }).toBe(true);
  const page = findPanel()!;
  await page.locator('main.cv-app').waitFor();
  return new SidePanelPage(page, cdpBrowser);
}

/** Opens sidepanel.html in a normal tab of `context`. */
export async function openSidePanelTab(context: BrowserContext, extensionId: string): Promise<SidePanelPage> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('main.cv-app').waitFor();
  return new SidePanelPage(page);
}

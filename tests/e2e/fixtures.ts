/**
 * Playwright fixtures for ChartVeil e2e specs: a fresh Chromium profile with the built extension
 * (`context`), its service worker (`sw`) and id, the DevTools port for reaching the real side panel
 * over CDP (`cdpPort`), the demo EHR server (`demo`), and one page object per surface.
 * Import `test` and `expect` from here in every spec.
 */
import { test as base, chromium, expect, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { BackgroundPage } from './pages/background';
import { DemoPage } from './pages/demo-page';
import { openRealSidePanel, openSidePanelTab, type SidePanelPage } from './pages/side-panel';
import { startProofGuard, type ProofGuard } from './proof/guard';

export const EXTENSION_DIR = resolve(process.env.CHARTVEIL_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The recipe's flags. `--disable-extensions-except` is required: Playwright adds --disable-extensions. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--remote-debugging-port=0',
  ];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  userDataDir: string;
  /** DevTools port read from <userDataDir>/DevToolsActivePort. */
  cdpPort: number;
  /** Proof suite: records every request and console line of every context; checked on close (tests/e2e/proof/guard.ts). */
  proof?: ProofGuard;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with the extension in a fresh temp profile.
 * @example const { context, close } = await launchWithExtension(); … await close();
 */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<LaunchedBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'chartveil-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const cdpPort = await readDevToolsPort(userDataDir);
  // No-leak guard on every browser of the suite (CHARTVEIL_PROOF=0 turns it off, e.g. for benchmarks).
  const proof = process.env.CHARTVEIL_PROOF === '0' ? undefined : await startProofGuard(context, cdpPort);
  return {
    context, userDataDir, cdpPort, proof,
    close: async () => {
      await proof?.beforeClose();
      await context.close();
      try {
        proof?.afterClose(userDataDir);
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

async function readDevToolsPort(userDataDir: string): Promise<number> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 100; i++) {
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Chromium did not write DevToolsActivePort');
}

interface TestFixtures {
  launched: LaunchedBrowser;
  context: BrowserContext;
  cdpPort: number;
  sw: Worker;
  extensionId: string;
  background: BackgroundPage;
  demoPage: DemoPage;
  /** Opens the real side panel (trusted gesture) and returns its page object. */
  openRealSidePanel: () => Promise<SidePanelPage>;
  /** Opens sidepanel.html in an ordinary tab. */
  openSidePanelTab: () => Promise<SidePanelPage>;
}

interface WorkerFixtures {
  demo: DemoServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  demo: [async ({}, use) => {
    const server = await startDemoServer({ port: 0 });
    await use(server);
    await server.close();
  }, { scope: 'worker' }],

  launched: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  cdpPort: async ({ launched }, use) => use(launched.cdpPort),

  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The content script is registered at runtime: wait until it is, before any page loads.
    const background = new BackgroundPage(sw);
    await expect.poll(async () => (await background.registeredOrigins()).length).toBeGreaterThan(0);
    await use(sw);
  },
  extensionId: async ({ sw }, use) => use(new URL(sw.url()).host),
  background: async ({ sw }, use) => use(new BackgroundPage(sw)),
  demoPage: async ({ context, demo, background }, use) => use(new DemoPage(context, demo, background)),

  openRealSidePanel: async ({ context, extensionId, cdpPort }, use) => {
    const opened: SidePanelPage[] = [];
    await use(async () => {
      const panel = await openRealSidePanel(context, extensionId, cdpPort);
      opened.push(panel);
      return panel;
    });
    for (const panel of opened) await panel.disconnect();
  },
  openSidePanelTab: async ({ context, extensionId }, use) => use(() => openSidePanelTab(context, extensionId)),
});

export { expect };

/**
 * Browser harness for `npm run bench`: headless Chromium with the built extension on a fresh
 * profile, a browser-level CDP client that auto-attaches to every target (so the offscreen
 * document can get an ORT thread count through Emulation.setHardwareConcurrencyOverride before its
 * script runs: the extension reads navigator.hardwareConcurrency), and memory probes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CdpClient } from '../../tests/e2e/proof/cdp';

declare const chrome: typeof import('wxt/browser').browser;

export interface BenchBrowser {
  context: BrowserContext;
  sw: Worker;
  cdpPort: number;
  /** ORT thread count forced on the next offscreen document (undefined: the extension's default). */
  threads?: number;
  /** JS heap of the offscreen document and RSS of the extension renderer process, in MB. */
  offscreenMemoryMb(): Promise<number>;
  offscreenJsHeapMb(): Promise<number>;
  close(): Promise<void>;
}

const EXT = resolve('.output/chrome-mv3');

/** Launches the browser and waits for the service worker. */
export async function startBrowser(): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'chartveil-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--remote-debugging-port=0'],
  });
  let port = 0;
  for (let i = 0; i < 100 && !port; i++) {
    const f = join(dir, 'DevToolsActivePort');
    if (existsSync(f)) port = Number(readFileSync(f, 'utf8').split('\n')[0]) || 0;
    if (!port) await new Promise((r) => setTimeout(r, 50));
  }
  const cdp = await CdpClient.connect(port);
  /** sessionId -> targetId of every attached target (URLs are looked up when measuring). */
  const sessions = new Map<string, string>();
  const b: BenchBrowser = {
    context, cdpPort: port, sw: undefined as unknown as Worker,
    async offscreenJsHeapMb() {
      let mb = 0;
      const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; url: string }[] }>('Target.getTargets');
      const offscreen = new Set(targetInfos.filter((t) => t.url.endsWith('/offscreen.html')).map((t) => t.targetId));
      for (const [s, targetId] of sessions) {
        if (!offscreen.has(targetId)) continue;
        const h = await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, s).catch(() => ({ usedSize: 0 }));
        mb = Math.max(mb, h.usedSize / 2 ** 20);
      }
      return mb;
    },
    async offscreenMemoryMb() {
      return extensionRendererRssMb(dir);
    },
    async close() {
      await cdp.close();
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cdp.on('Target.detachedFromTarget', (p) => sessions.delete(String(p['sessionId'])));
  cdp.on('Target.attachedToTarget', (p) => {
    const sid = String(p['sessionId']);
    const info = p['targetInfo'] as { targetId: string; url: string; type: string };
    sessions.set(sid, info.targetId);
    const pending: Promise<unknown>[] = [];
    // At attach time the offscreen target's URL can still be empty: override every document target.
    if (b.threads !== undefined && info.type !== 'service_worker' && info.type !== 'browser_ui') {
      pending.push(cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: b.threads }, sid));
    }
    if (p['waitingForDebugger']) pending.push(cdp.send('Runtime.runIfWaitingForDebugger', {}, sid));
    void Promise.allSettled(pending);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  b.sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return b;
}

/**
 * Closes the offscreen document so the next request re-creates it with `threads` ORT threads, and
 * checks that the engine really runs with that many (no silent fallback).
 */
export async function setBenchThreads(b: BenchBrowser, threads: number): Promise<void> {
  b.threads = threads;
  await b.sw.evaluate(async () => {
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (open.length) await chrome.offscreen.closeDocument();
    await chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'bench' });
  });
  const got = await b.sw.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'offscreen.status', data: {} })) as { ok: boolean; value: { threads: number } };
    return r.value.threads;
  });
  if (got !== threads) throw new Error(`offscreen runs ${got} threads, wanted ${threads}`);
}

/** RSS (MB) of the renderer process(es) of our browser that host extension pages (offscreen, SW). */
function extensionRendererRssMb(userDataDir: string): number {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      return { pid: Number(pid), ppid, cmd, rss };
    } catch {
      return undefined;
    }
  }).filter((p) => p !== undefined);
  const root = procs.find((p) => p.cmd.includes(`--user-data-dir=${userDataDir}`) && !p.cmd.includes('--type='));
  if (!root) return 0;
  const mine = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) (mine.add(p.pid), (grew = true));
  }
  const ext = procs.filter((p) => mine.has(p.pid) && p.cmd.includes('--extension-process'));
  return Math.max(0, ...ext.map((p) => p.rss / 1024));
}

/**
 * `npm start`: the one command that shows ChartVeil working. Makes sure Debian's chromium exists,
 * builds the extension, starts the demo EHR (and the dev gateway when gateway/ provides
 * `startGateway`), then launches Chromium with the extension in a fresh temp profile on the demo
 * page. Headed when a display exists, `--headless` for servers. Ctrl-C stops everything and
 * deletes the temp profile.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDemoServer, type DemoServer } from '../demo/server';

export const CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

export interface StartOptions {
  headless: boolean;
  demoPort: number;
  gatewayPort: number;
  skipBuild: boolean;
}

/**
 * Parses `npm start -- [--headless] [--port N] [--gateway-port N] [--no-build]`. Without a display
 * (no DISPLAY / WAYLAND_DISPLAY) the browser runs headless even without the flag.
 * @example parseStartArgs(['--headless'], {}).headless === true
 */
export function parseStartArgs(argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : NaN;
    return Number.isInteger(n) && n >= 0 && n < 65536 ? n : fallback;
  };
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return {
    headless: argv.includes('--headless') || !hasDisplay,
    demoPort: value('--port', 8123),
    gatewayPort: value('--gateway-port', 8787),
    skipBuild: argv.includes('--no-build'),
  };
}

/**
 * Chromium arguments: the built extension only, a throwaway profile, the demo page.
 * `--no-sandbox` only when running as root (Chromium refuses to start as root otherwise).
 */
export function chromiumLaunchArgs(opts: { extensionDir: string; profileDir: string; url: string; headless: boolean; isRoot: boolean }): string[] {
  return [
    `--user-data-dir=${opts.profileDir}`,
    `--disable-extensions-except=${opts.extensionDir}`,
    `--load-extension=${opts.extensionDir}`,
    '--no-first-run', '--no-default-browser-check', '--disable-sync',
    ...(opts.isRoot ? ['--no-sandbox'] : []),
    ...(opts.headless ? ['--headless', '--remote-debugging-port=9222'] : []),
    opts.url,
  ];
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing. Install it as root, then run npm start again:\n  sudo sh -c '${INSTALL_COMMAND}'`);
    process.exit(1);
  }
  console.log(`Chromium is missing: running ${INSTALL_COMMAND}`);
  const run = spawnSync('sh', ['-c', INSTALL_COMMAND], { stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(CHROMIUM)) {
    console.error('Installing chromium failed; see the apt-get output above.');
    process.exit(1);
  }
}

async function startDemo(port: number): Promise<DemoServer> {
  try {
    return await startDemoServer({ port });
  } catch {
    return startDemoServer({ port: 0 }); // preferred port busy
  }
}

/** Starts the dev gateway when gateway/src/server.ts exports startGateway; null when absent or failing. */
async function startDevGateway(port: number): Promise<{ url: string; close(): Promise<void> } | null> {
  const entry = resolve('gateway/src/server.ts');
  if (!existsSync(entry)) return null;
  try {
    const mod = (await import(pathToFileURL(entry).href)) as { startGateway?: (o: { port: number }) => Promise<{ url: string; close(): Promise<void> }> };
    if (typeof mod.startGateway !== 'function') return null;
    return await mod.startGateway({ port }).catch(() => mod.startGateway!({ port: 0 }));
  } catch (error) {
    console.warn(`Dev gateway not started: ${(error as Error).message}`);
    return null;
  }
}

async function main(): Promise<void> {
  const opts = parseStartArgs(process.argv.slice(2), process.env);
  ensureChromium();
  const extensionDir = resolve('.output/chrome-mv3');
  if (!opts.skipBuild) {
    console.log('Building the extension (npm run build)…');
    if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  const demo = await startDemo(opts.demoPort);
  const gateway = await startDevGateway(opts.gatewayPort);
  const profileDir = mkdtempSync(join(tmpdir(), 'chartveil-start-'));
  const chromium: ChildProcess = spawn(CHROMIUM, chromiumLaunchArgs({
    extensionDir, profileDir, url: `${demo.url}/`, headless: opts.headless, isRoot: process.getuid?.() === 0,
  }), { stdio: ['ignore', 'ignore', 'pipe'] });

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping ChartVeil…');
    if (chromium.exitCode === null) {
      const exited = new Promise((r) => chromium.once('exit', r));
      chromium.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await Promise.allSettled([demo.close(), gateway?.close()]);
    rmSync(profileDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  chromium.on('exit', (code) => {
    if (!stopping) console.log(`Chromium exited (code ${code ?? 'signal'}).`);
    void stop(0);
  });

  console.log(`
ChartVeil is running.
  Demo EHR:       ${demo.url}/   (synthetic patient; allowed origin)
                  ${demo.localhostUrl}/   (same page on a NOT allowed origin: no ChartVeil there)
  Dev gateway:    ${gateway ? gateway.url : 'not started (gateway/ not available)'}
  Browser:        Chromium ${opts.headless ? 'headless (DevTools at http://127.0.0.1:9222)' : 'window'} with the built extension, temp profile ${profileDir}

What to do next:
  1. In the demo chart, select a paragraph (or text in the note editor / the nested frames).
  2. Right-click → "Summarize with ChartVeil", press Alt+Shift+S, or click the ChartVeil toolbar icon.
  3. The side panel shows the text with PHI masked on this device ([NAME_1], [DATE_1], …).
  Run the tests with: npm test        Stop with: Ctrl-C
`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * Build outputs: `npm run build` (chrome-mv3 with the dev key, used by the suite) and
 * `npm run build:edge` (a store build) produce valid MV3 packages whose referenced files exist, with the minimal pinned permissions and no
 * injected content scripts; the edge build loads in Chromium; the store zips from `npm run zip`
 * carry no manifest `key`. Zips are built into a separate folder so the e2e build stays intact.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, launchWithExtension, test } from './fixtures';
import { listZip, readZipText } from './support/zip';

const STORE_OUT = resolve('.output/store-check');
const EDGE_DIR = resolve('.output/edge-mv3');

interface Manifest {
  manifest_version: number;
  key?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  background?: { service_worker?: string; type?: string };
  side_panel?: { default_path?: string };
  content_security_policy?: { extension_pages?: string };
  commands?: Record<string, unknown>;
}

/** Checks everything a loadable, minimal ChartVeil MV3 package must have. */
function expectValidMv3(manifest: Manifest, files: (path: string) => boolean) {
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
  expect(files('background.js')).toBe(true);
  expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  for (const f of ['sidepanel.html', 'offscreen.html', 'content-scripts/selection.js', 'ort/ort-wasm-simd-threaded.wasm', 'ort/ort-wasm-simd-threaded.mjs']) {
    expect(files(f), f).toBe(true);
  }
  expect(manifest.permissions?.slice().sort()).toEqual(['contextMenus', 'identity', 'idle', 'offscreen', 'scripting', 'sidePanel', 'storage']);
  expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.content_scripts).toBeUndefined(); // registered at runtime, on allowed origins only
  expect(manifest.externally_connectable).toBeUndefined(); // web pages cannot message us
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_security_policy?.extension_pages).toContain("'wasm-unsafe-eval'");
  expect(manifest.commands).toHaveProperty('summarize-selection');
}

const dirFiles = (dir: string) => (path: string) => existsSync(join(dir, path));
const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

test.describe('build outputs', () => {
  test.beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build:edge'], { stdio: 'pipe' });
    rmSync(STORE_OUT, { recursive: true, force: true });
    execFileSync('npm', ['run', '--silent', 'zip'], { stdio: 'pipe', env: { ...process.env, CHARTVEIL_OUT_DIR: STORE_OUT } });
  });

  test('chrome-mv3 (dev/test, keeps the key) and edge-mv3 (store build, no key) are valid MV3 packages', () => {
    const chrome = readManifest(resolve('.output/chrome-mv3'));
    expectValidMv3(chrome, dirFiles(resolve('.output/chrome-mv3')));
    expect(chrome.key).toBeTruthy();
    const edge = readManifest(EDGE_DIR);
    expectValidMv3(edge, dirFiles(EDGE_DIR));
    expect(edge.key).toBeUndefined();
  });

  test('store zips for Chrome and Edge are valid MV3 without a key', () => {
    const zips = readdirSync(STORE_OUT).filter((f) => f.endsWith('.zip'));
    expect(zips.some((z) => z.endsWith('-chrome.zip'))).toBe(true);
    expect(zips.some((z) => z.endsWith('-edge.zip'))).toBe(true);
    for (const zip of zips.filter((z) => /-(chrome|edge)\.zip$/.test(z))) {
      const path = join(STORE_OUT, zip);
      const names = new Set(listZip(path));
      const manifest = JSON.parse(readZipText(path, 'manifest.json')) as Manifest;
      expectValidMv3(manifest, (f) => names.has(f));
      expect(manifest.key, zip).toBeUndefined();
    }
  });

  test('the edge build loads in Chromium and starts its service worker', async () => {
    const launched = await launchWithExtension(EDGE_DIR);
    try {
      const sw = launched.context.serviceWorkers()[0] ?? (await launched.context.waitForEvent('serviceworker'));
      expect(sw.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    } finally {
      await launched.close();
    }
  });
});

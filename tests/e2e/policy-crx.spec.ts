/**
 * Self-hosted distribution, end to end: a REAL Linux policy file for Debian Chromium
 * (/etc/chromium/policies/managed/chartveil-e2e-crx.json, needs root) force-installs the build,
 * packed as a CRX with a throwaway key, from our update manifest. Invariant: the policy file
 * exists only while the test runs and is removed even on failure (other Chromium runs read it).
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { renderUpdateManifest } from '../../tools/admin-docs/update-manifest';
import { packDirectory } from '../../tools/crx';
import { CHROMIUM_PATH, EXTENSION_DIR, expect, test } from './fixtures';
import { CRX_POLICY_FILE, POLICY_DIR, guardPolicyFiles, removePolicyFiles } from './support/policy-file';

test.beforeAll(() => {
  test.skip(typeof process.getuid === 'function' && process.getuid() !== 0, 'writing /etc/chromium/policies needs root');
  guardPolicyFiles();
});
test.afterAll(() => removePolicyFiles());

test('self-hosted: ExtensionInstallForcelist installs the CRX from our update manifest under the key\'s id', async () => {
  // Pack the build with a throwaway key, serve updates.xml + the CRX, force-install by policy.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { crx, id, version } = packDirectory(EXTENSION_DIR, privateKey);
  const requests: string[] = [];
  let xml = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    requests.push(path);
    if (path === '/updates.xml') res.writeHead(200, { 'content-type': 'text/xml' }).end(xml);
    else if (path === '/chartveil.crx') res.writeHead(200, { 'content-type': 'application/x-chrome-extension' }).end(crx);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  xml = renderUpdateManifest({ id, version, codebase: `${base}/chartveil.crx` });
  const profile = mkdtempSync(join(tmpdir(), 'chartveil-crx-e2e-'));
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(CRX_POLICY_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${id};${base}/updates.xml`] }));
    // No --load-extension; extension updates need background networking, which Playwright disables by default.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH, headless: true,
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-update'],
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
    });
    try {
      await expect.poll(() => existsSync(join(profile, 'Default', 'Extensions', id, `${version}_0`, 'manifest.json')), { timeout: 60_000, intervals: [1000] }).toBe(true);
      // The files land before the install is recorded in the prefs: wait for the record.
      await expect.poll(() => installLocation(profile, id), { timeout: 30_000, intervals: [1000] }).toBe(7);
    } finally {
      // Close before removing the policy: Chromium watches the directory and uninstalls a
      // force-installed extension whose policy goes away (that emptied its prefs entry under load).
      await context.close().finally(() => rmSync(CRX_POLICY_FILE, { force: true }));
    }
    expect(requests).toContain('/updates.xml');
    expect(requests).toContain('/chartveil.crx');
    const prefs = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
    const entry = prefs.extensions.settings[id];
    expect(entry.location).toBe(7); // EXTERNAL_POLICY_DOWNLOAD: installed by policy from our server
    expect(entry.disable_reasons ?? []).toEqual([]);
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The extension's install location in the profile's Preferences, once Chromium has written it. */
function installLocation(profile: string, id: string): number | undefined {
  try {
    return JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8')).extensions?.settings?.[id]?.location;
  } catch {
    return undefined; // not written yet, or caught mid-write
  }
}

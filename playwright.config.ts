/**
 * Playwright runs the e2e suite against the built Chrome MV3 extension (.output/chrome-mv3, made
 * by `npm run build`) in Debian's /usr/bin/chromium, headless. One worker: each test launches its
 * own browser with a fresh profile (tests/e2e/fixtures.ts). No browser downloads, no webServer.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  // Proof suite: a fresh no-leak ledger per run, and the final check over every browser's entry.
  globalSetup: './tests/e2e/proof/global-setup.ts',
  globalTeardown: './tests/e2e/proof/global-teardown.ts',
});

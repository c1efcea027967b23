/**
 * Playwright global setup for the proof suite: gives this run its own empty no-leak ledger folder
 * (workers inherit the environment), so the final check (global-teardown.ts) sees only the
 * browsers of this run, even when other runs share the checkout.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

export default function globalSetup(): void {
  const dir = resolve('tests/artifacts/proof-ledger', `${Date.now()}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  process.env.CHARTVEIL_PROOF_LEDGER = dir;
}

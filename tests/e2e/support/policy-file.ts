/**
 * The REAL Linux managed-policy files the policy spec writes for Debian Chromium
 * (/etc/chromium/policies/managed/chartveil-e2e*.json, needs root). Invariant: every file written
 * here is removed by `removePolicyFiles()` (the spec's afterAll) or by the exit hook, even on
 * failure, and directories are removed only if this run created them.
 */
import { existsSync, mkdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';

export const POLICY_ROOT = '/etc/chromium/policies';
export const POLICY_DIR = `${POLICY_ROOT}/managed`;
export const POLICY_FILE = `${POLICY_DIR}/chartveil-e2e.json`;
export const CRX_POLICY_FILE = `${POLICY_DIR}/chartveil-e2e-crx.json`;
/** The id Chromium gives the built extension (fixed by the manifest key). */
export const EXTENSION_ID = 'nbblkohofnbpbpkkhheoabbnglgclepb';

let createdRoot = false;
let createdDir = false;

/** Writes `values` as ChartVeil's 3rd-party extension policy. @example writePolicy({ policyRevision: 'x' }) */
export function writePolicy(values: Record<string, unknown>): void {
  if (!existsSync(POLICY_ROOT)) createdRoot = true;
  if (!existsSync(POLICY_DIR)) createdDir = true;
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2));
}

const removeFiles = () => {
  rmSync(POLICY_FILE, { force: true });
  rmSync(CRX_POLICY_FILE, { force: true });
};

/** Registers the exit hook that removes the files if the process ends without afterAll. */
export function guardPolicyFiles(): void {
  process.once('exit', removeFiles);
}

/** Removes the policy files (and the directories this run created); unregisters the exit hook. */
export function removePolicyFiles(): void {
  removeFiles();
  try {
    if (createdDir) rmdirSync(POLICY_DIR);
    if (createdRoot) rmdirSync(POLICY_ROOT);
  } catch {
    // Another run put files there meanwhile: leave the directories.
  }
  process.removeListener('exit', removeFiles);
}

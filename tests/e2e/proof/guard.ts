/**
 * The no-leak guard that launchWithExtension() puts around every e2e browser: the Recorder runs for
 * the whole life of the browser; when it closes, requests and console output are checked for demo
 * PHI and foreign destinations, the profile folder on disk is scanned for demo PHI with the vault's
 * scanner, one ledger entry is written for the suite's final check, and any finding fails the test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DEMO_PHI_STRINGS } from '../../../demo/phi-strings';
import { scanProfile, type ScanFinding } from '../../../utils/vault/scan/profile-scan';
import { checkRecording, type LeakReport } from './leak-check';
import { Recorder } from './recorder';

/** Where each browser's ledger entry goes (one folder per run, set by global-setup.ts); the global teardown aggregates them. */
export function ledgerDir(): string {
  return resolve(process.env.CHARTVEIL_PROOF_LEDGER ?? 'tests/artifacts/proof-ledger/adhoc');
}
/** Written in clear by the positive-control spec: if the profile scan cannot find it, the scan is blind. */
export const PROFILE_CANARY = 'CV-PROOF-PROFILE-CANARY-7c2e';

/**
 * Profile files that are the browser's own copy of the web page (HTTP cache, compiled page code,
 * history, the session restore of the tab): the EHR page itself holds PHI, so these say nothing
 * about ChartVeil. Everything else (extension storage, IndexedDB, LevelDB...) must be clean.
 */
const BROWSER_WEB_CONTENT = [/^Default\/Cache\//, /^Default\/Code Cache\//, /^Default\/History/, /^Default\/Sessions\//,
  /^Default\/Session Storage\//, /^Default\/Visited Links/, /^Default\/Top Sites/, /^Default\/Favicons/, /^Default\/Shortcuts/,
  /^Default\/Network Action Predictor/, /^Default\/DIPS/, /^Default\/Current (Session|Tabs)/];

export interface LedgerEntry {
  extensionId: string | undefined;
  targets: Record<string, number>;
  requests: Record<string, number>;
  logLines: number;
  report: LeakReport;
  profile: { files: number; bytes: number; streams: number; findings: { file: string; needle: number }[]; webContentFindings: number; canaryFound: boolean };
}

export interface ProofGuard {
  recorder: Recorder;
  /** Extra origins (e.g. a gateway on a non-loopback host) this browser may contact. */
  allowOrigin(origin: string): void;
  /** Stops recording (call before closing the browser). */
  beforeClose(): Promise<void>;
  /** Scans the closed profile, writes the ledger entry and throws on any finding. */
  afterClose(userDataDir: string): void;
}

/** Starts the guard on a freshly launched browser. */
export async function startProofGuard(context: BrowserContext, cdpPort: number): Promise<ProofGuard> {
  const recorder = await Recorder.start(context, cdpPort);
  const allowed: string[] = (process.env.CHARTVEIL_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
  let entry: Omit<LedgerEntry, 'profile'> | undefined;
  return {
    recorder,
    allowOrigin: (origin) => void allowed.push(origin),
    async beforeClose() {
      const rec = await recorder.stop();
      const extensionId = rec.targets.map((t) => /^chrome-extension:\/\/([a-p]{32})\/background\.js$/.exec(t.url)?.[1]).find(Boolean);
      const count = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});
      entry = {
        extensionId,
        targets: count(rec.targets.map((t) => t.type)),
        requests: count(rec.requests.map((r) => `${r.via}:${r.targetType}`)),
        logLines: rec.logs.length,
        report: checkRecording(rec, DEMO_PHI_STRINGS, { extensionId, allowedOrigins: allowed }),
      };
    },
    afterClose(userDataDir) {
      if (!entry) return;
      const scan = scanProfile(userDataDir, [...DEMO_PHI_STRINGS, PROFILE_CANARY]);
      const phi = scan.findings.filter((f) => f.needle < DEMO_PHI_STRINGS.length);
      const ours = phi.filter((f) => !BROWSER_WEB_CONTENT.some((re) => re.test(f.file)));
      const full: LedgerEntry = {
        ...entry,
        profile: {
          files: scan.filesScanned, bytes: scan.bytesScanned, streams: scan.streamsDecompressed,
          findings: dedupe(ours), webContentFindings: phi.length - ours.length,
          canaryFound: scan.findings.some((f) => f.needle === DEMO_PHI_STRINGS.length),
        },
      };
      mkdirSync(ledgerDir(), { recursive: true });
      writeFileSync(join(ledgerDir(), `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.json`), JSON.stringify(full));
      const problems = describeProblems(full);
      if (problems.length) throw new Error(`No-leak guard: ${problems.join('; ')}`);
    },
  };
}

function dedupe(findings: ScanFinding[]): { file: string; needle: number }[] {
  const seen = new Map<string, { file: string; needle: number }>();
  for (const f of findings) seen.set(`${f.file}#${f.needle}`, { file: f.file, needle: f.needle });
  return [...seen.values()];
}

/** PHI-free descriptions of what is wrong with one ledger entry (empty: clean). */
export function describeProblems(e: LedgerEntry): string[] {
  const out: string[] = [];
  for (const f of e.report.phi) out.push(`demo PHI #${f.needle} in ${f.where === 'console' ? 'console output' : `a request ${f.where}`} (${f.targetType}, ${f.origin || 'n/a'})`);
  for (const o of e.report.disallowed) out.push(`request to a non-allowed destination ${o}`);
  for (const f of e.profile.findings) out.push(`demo PHI #${f.needle} on disk in ${f.file}`);
  return out;
}

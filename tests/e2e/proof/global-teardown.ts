/**
 * The suite's final no-leak check: aggregates every browser's ledger entry (written by guard.ts
 * when each test's browser closed), prints what was covered (contexts attached, requests and
 * console lines captured, profile bytes scanned) to tests/artifacts/proof-summary.json, and fails
 * the run if any entry holds a finding. Each finding has already failed its own test as well.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeProblems, ledgerDir, type LedgerEntry } from './guard';

export interface ProofSummary {
  browsers: number;
  targets: Record<string, number>;
  requests: Record<string, number>;
  logLines: number;
  profileFiles: number;
  profileBytes: number;
  webContentFindings: number;
  canaries: Record<string, number>;
  profileCanaryFound: boolean;
  problems: string[];
}

/** Sums the ledger entries in `dir`. */
export function summarize(dir: string): ProofSummary {
  const s: ProofSummary = { browsers: 0, targets: {}, requests: {}, logLines: 0, profileFiles: 0, profileBytes: 0, webContentFindings: 0, canaries: {}, profileCanaryFound: false, problems: [] };
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  };
  if (!existsSync(dir)) return s;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const e = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LedgerEntry;
    s.browsers++;
    add(s.targets, e.targets);
    add(s.requests, e.requests);
    add(s.canaries, e.report.canaries);
    s.logLines += e.logLines;
    s.profileFiles += e.profile.files;
    s.profileBytes += e.profile.bytes;
    s.webContentFindings += e.profile.webContentFindings;
    s.profileCanaryFound ||= e.profile.canaryFound;
    s.problems.push(...describeProblems(e));
  }
  return s;
}

export default function globalTeardown(): void {
  const s = summarize(ledgerDir());
  mkdirSync('tests/artifacts', { recursive: true });
  writeFileSync('tests/artifacts/proof-summary.json', `${JSON.stringify(s, null, 2)}\n`);
  const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  console.log(`[proof] ${s.browsers} browsers, ${total(s.targets)} contexts attached ${JSON.stringify(s.targets)}, `
    + `${total(s.requests)} requests and ${s.logLines} console lines captured, ${s.profileFiles} profile files (${s.profileBytes} bytes) scanned: `
    + `${s.problems.length} findings`);
  if (s.problems.length) throw new Error(`No-leak final check failed:\n${s.problems.join('\n')}`);
}

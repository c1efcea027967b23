/**
 * `tools/bench-vault.ts --browser`: bundles utils/vault/scan/page-probe.ts, serves it from
 * 127.0.0.1 (no-store), and drives headless Chromium on a fresh profile: session 1 times unlock and
 * 30k-char save/open on real IndexedDB and stores drafts made from the demo notes; the browser is
 * closed, the whole profile folder is scanned for every demo PHI string, and session 2 checks that
 * the vault starts locked, unlocks, and that every draft is intact. Exit 1 on any finding.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CLINICIAN_QUESTION, DISCHARGE_SUMMARY, ICU_NURSING_NOTE, PROGRESS_NOTE } from '../demo/notes';
import { DEMO_PHI_STRINGS } from '../demo/phi-strings';
import { scanProfile } from '../utils/vault/scan/profile-scan';
import { draftOf } from './bench-vault';

const PASS = 'benchmark passphrase 2026';
/** Stored in clear on purpose: if the scan cannot find it, the scan is blind and the run fails. */
const CANARY = 'CV-SCAN-CANARY-5d1f0c plaintext';

/** Runs the in-browser benchmark and profile scan; sets process.exitCode on failure. */
export async function runInBrowser(opts: { json: boolean; runs: number }): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'cv-vault-browser-'));
  await build({
    entryPoints: [resolve(import.meta.dirname, '../utils/vault/scan/page-probe.ts')],
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile: join(work, 'probe.js'), logLevel: 'error',
  });
  const bundle = readFileSync(join(work, 'probe.js'));
  const server = createServer((req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (req.url === '/probe.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>vault probe</title><script type="module" src="/probe.js"></script>');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const profile = join(work, 'profile');
  const notes = [ICU_NURSING_NOTE, PROGRESS_NOTE, DISCHARGE_SUMMARY, [CLINICIAN_QUESTION]].map((p) => {
    const text = p.join('\n');
    return { text, phi: DEMO_PHI_STRINGS.filter((s) => text.includes(s)) };
  });

  const session = async <T>(fn: (page: import('@playwright/test').Page) => Promise<T>): Promise<T> => {
    const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
    try {
      const page = await ctx.newPage();
      await page.goto(url);
      await page.waitForFunction(() => 'cvProbe' in globalThis);
      return await fn(page);
    } finally {
      await ctx.close();
    }
  };

  type Probe = { cvProbe: { first: Function; reopen: Function } };
  const first = await session((page) => page.evaluate(([p, n, b, r, c]) => (globalThis as unknown as Probe).cvProbe.first(p, n, b, r, c), [PASS, notes, draftOf(30_000), opts.runs, CANARY] as const));
  const all = scanProfile(profile, [...DEMO_PHI_STRINGS, CANARY]);
  const canaryFound = all.findings.some((f) => f.needle === DEMO_PHI_STRINGS.length);
  const scan = { ...all, findings: all.findings.filter((f) => f.needle < DEMO_PHI_STRINGS.length) };
  const second = await session((page) => page.evaluate(([p, n]) => (globalThis as unknown as Probe).cvProbe.reopen(p, n), [PASS, notes] as const));
  server.close();

  const byFile = new Map<string, number>();
  for (const f of scan.findings) byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  const ok = canaryFound && scan.findings.length === 0 && second.stateAtStart === 'locked' && second.intact && second.corrupt === 0;
  const result = {
    unlock_ms: Math.round(first.unlockMs), setup_ms: Math.round(first.setupMs),
    save_30k_median_ms: +first.saveMedianMs.toFixed(1), open_30k_median_ms: +first.openMedianMs.toFixed(1),
    profile_files: scan.filesScanned, profile_bytes: scan.bytesScanned, snappy_streams: scan.streamsDecompressed,
    phi_findings: scan.findings.length, canary_found: canaryFound, reopened_locked: second.stateAtStart === 'locked', drafts_intact: second.intact,
    drafts_listed: second.listed, audit_entries: second.auditEntries, ok,
  };
  console.log(`vault benchmark in headless Chromium (real IndexedDB, ${opts.runs} runs)`);
  console.log(`  setup ${result.setup_ms} ms, unlock ${result.unlock_ms} ms (PBKDF2-SHA256 x600000, WebCrypto backend)`);
  console.log(`  save 30k-char draft median ${result.save_30k_median_ms} ms, open median ${result.open_30k_median_ms} ms`);
  console.log(`  profile scan: ${scan.filesScanned} files, ${scan.bytesScanned} bytes, ${scan.streamsDecompressed} snappy streams, ${DEMO_PHI_STRINGS.length} PHI strings -> ${scan.findings.length} findings`);
  console.log(`  positive control: clear-text canary ${canaryFound ? 'found' : 'NOT found (scan is blind)'}`);
  for (const [file, n] of byFile) console.log(`    FOUND ${n} demo PHI string(s) in ${file}`);
  console.log(`  restart: vault ${second.stateAtStart} at start, ${second.listed} drafts listed, intact=${second.intact}`);
  if (opts.json) console.log(JSON.stringify(result));
  if (!ok) process.exitCode = 1;
}

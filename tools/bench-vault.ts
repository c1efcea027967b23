/**
 * Vault benchmark: unlock time with the production KDF, and save/open time for a 30,000-character
 * draft. `npx tsx tools/bench-vault.ts [--json] [--runs N]` runs in Node on fake-indexeddb (crypto +
 * serialisation cost); `--browser` runs the same code in headless Chromium on real IndexedDB (see
 * bench-vault-browser.ts), then restarts the browser and scans its profile on disk for demo PHI.
 */
import 'fake-indexeddb/auto';
import { VaultDb } from '../utils/vault/drafts-db';
import { DEFAULT_KDF } from '../utils/vault/keys';
import { MemoryKeyStore } from '../utils/vault/key-store';
import { Vault } from '../utils/vault/vault';
import type { DraftInput } from '../utils/vault/types';
import { stats } from './bench/stats';

export function draftOf(chars: number): DraftInput {
  const unit = 'Patient [NAME_1] seen for HFpEF; furosemide 40 mg PO daily, BMP in AM. ';
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  return {
    title: 'Bench draft', sanitizedText: text, summary: text.slice(0, 2000), template: 'soap', origin: 'http://127.0.0.1',
    patientContextId: 'ctx-bench',
    placeholders: Array.from({ length: 40 }, (_, i) => ({ placeholder: `[NAME_${i + 1}]`, entity: 'NAME' as const, original: `Name ${i}` })),
  };
}

async function main() {
  const json = process.argv.includes('--json');
  if (process.argv.includes('--browser')) {
    const { runInBrowser } = await import('./bench-vault-browser');
    return runInBrowser({ json, runs: Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30 });
  }
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;
  const vault = new Vault({ db: new VaultDb(`bench-${Date.now()}`), keyStore: new MemoryKeyStore() });
  const pass = 'benchmark passphrase 2026';

  let t = performance.now();
  await vault.setup(pass);
  const setupMs = performance.now() - t;
  const unlock: number[] = [];
  for (let i = 0; i < 3; i++) {
    await vault.lock();
    t = performance.now();
    await vault.unlock(pass);
    unlock.push(performance.now() - t);
  }

  const input = draftOf(30_000);
  const save: number[] = [];
  const open: number[] = [];
  let id = '';
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    id = (await vault.saveDraft({ ...input, id: id || undefined })).id;
    save.push(performance.now() - t);
    t = performance.now();
    await vault.openDraft(id);
    open.push(performance.now() - t);
  }

  const result = {
    kdf: `${DEFAULT_KDF.alg}${DEFAULT_KDF.alg === 'pbkdf2-sha256' ? ` x${DEFAULT_KDF.iterations}` : ''}`,
    setup_ms: Math.round(setupMs),
    unlock_ms: Math.round(stats(unlock).median),
    save_30k_median_ms: +stats(save).median.toFixed(2),
    save_30k_p95_ms: +stats(save).p95.toFixed(2),
    open_30k_median_ms: +stats(open).median.toFixed(2),
    open_30k_p95_ms: +stats(open).p95.toFixed(2),
    runs,
    node: process.version,
  };
  console.log(`vault benchmark (Node ${process.version}, fake-indexeddb, ${runs} runs)`);
  console.log(`  KDF                     ${result.kdf} (WebCrypto when present, else noble)`);
  console.log(`  setup (derive + wrap)   ${result.setup_ms} ms`);
  console.log(`  unlock (median of 3)    ${result.unlock_ms} ms`);
  console.log(`  save 30k-char draft     median ${result.save_30k_median_ms} ms, p95 ${result.save_30k_p95_ms} ms`);
  console.log(`  open 30k-char draft     median ${result.open_30k_median_ms} ms, p95 ${result.open_30k_p95_ms} ms`);
  if (json) console.log(JSON.stringify(result));
  vault.db.close();
}

if (process.argv[1] && /bench-vault\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error('bench-vault failed:', (e as { code?: string }).code ?? (e as Error).message);
    process.exit(1);
  });
}

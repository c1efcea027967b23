/**
 * `npm run bench:ort-start`: where the cold start of ORT's WASM runtime goes in an extension page
 * (docs/benchmarks.md, "Cold start, measured apart"). Copies the built extension to a temporary
 * folder, adds one probe page (ORT's own non-bundled ESM next to it), and in a fresh headless
 * Chromium per run times: fetching the 14 MB .wasm from the package, WebAssembly.compile, ORT's
 * first session on an 80-byte graph (fetch + compile + instantiate + init), the same with the
 * bytes handed over (env.wasm.wasmBinary), and the model's own session. Prints a table.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const PROBE = 'CAcSCWNoYXJ0dmVpbDo7ChAKAXgSAXkiCElkZW50aXR5EgVwcm9iZVoPCgF4EgoKCAgBEgQKAggBYg8KAXkSCgoICAESBAoCCAFCBAoAEA0=';

/** Runs in the probe page; `mode` picks what is timed. Writes its result into the title. */
const PAGE_SCRIPT = `
const mode = new URLSearchParams(location.search).get('mode');
const out = {};
const since = (t) => Math.round(performance.now() - t);
(async () => {
  let t = performance.now();
  const wasm = '/ort/ort-wasm-simd-threaded.wasm';
  if (mode === 'compile') {
    const bytes = await (await fetch(wasm)).arrayBuffer(); out.fetch_wasm_ms = since(t); t = performance.now();
    await WebAssembly.compile(bytes); out.compile_ms = since(t);
  } else {
    const ort = await import('/ort/ort.wasm.min.mjs');
    ort.env.wasm.wasmPaths = new URL('/ort/', location.href).href;
    ort.env.wasm.numThreads = Math.min(4, navigator.hardwareConcurrency || 1);
    if (mode === 'binary') { ort.env.wasm.wasmBinary = new Uint8Array(await (await fetch(wasm)).arrayBuffer()); out.fetch_wasm_ms = since(t); t = performance.now(); }
    await ort.InferenceSession.create(Uint8Array.from(atob('${PROBE}'), (c) => c.charCodeAt(0)));
    out.runtime_start_ms = since(t); t = performance.now();
    const model = new Uint8Array(await (await fetch('/models/phi-ner/model.onnx')).arrayBuffer()); out.fetch_model_ms = since(t); t = performance.now();
    await ort.InferenceSession.create(model); out.model_session_ms = since(t);
  }
  document.title = 'DONE ' + JSON.stringify(out);
})().catch((e) => (document.title = 'ERR ' + e));`;

async function once(ext: string, mode: string): Promise<Record<string, number>> {
  const profile = mkdtempSync(join(tmpdir(), 'chartveil-ort-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/ort-probe.html?mode=${mode}`);
    // The extension CSP forbids string evaluation, so poll the title from outside.
    let title = '';
    for (let t = Date.now(); !/^(?:DONE|ERR)/.test(title) && Date.now() - t < 60_000; await new Promise((r) => setTimeout(r, 20))) title = await page.title();
    if (!title.startsWith('DONE')) throw new Error(title);
    return JSON.parse(title.slice(5)) as Record<string, number>;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const ext = mkdtempSync(join(tmpdir(), 'chartveil-ort-ext-'));
try {
  cpSync(resolve('.output/chrome-mv3'), ext, { recursive: true });
  // ORT's non-bundled ESM (its package exports do not list dist/ files by path).
  cpSync(resolve('node_modules/onnxruntime-web/dist/ort.wasm.min.mjs'), join(ext, 'ort/ort.wasm.min.mjs'));
  writeFileSync(join(ext, 'ort-probe.js'), PAGE_SCRIPT);
  writeFileSync(join(ext, 'ort-probe.html'), '<!doctype html><script type="module" src="ort-probe.js"></script>');
  for (const mode of ['compile', 'fetch', 'binary']) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(ext, mode));
    const keys = Object.keys(runs[0]!);
    console.log(`${mode.padEnd(8)} ${keys.map((k) => `${k} ${runs.map((r) => r[k]).join('/')}`).join(' | ')}`);
  }
} finally {
  rmSync(ext, { recursive: true, force: true });
}

/**
 * Benchmarks the NER detector alone in onnxruntime-web (WASM, 1 thread) under Node: cold load
 * (session create) and warm inference on a 30,000-character note, tokenization and encoding
 * included. Usage: npx tsx tools/model-data/bench-model.ts. Last line is JSON. On a shared machine
 * compare median_cpu_ms (process CPU time per run), which contention inflates far less than wall time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { createNerDetector } from '../../utils/detection/model/index';
import { REPO_ROOT } from '../node-assets';
import { generateDoc } from './corpus';
import { loadNodeLexicons } from './lexicons';

async function main(): Promise<void> {
  ort.env.wasm.numThreads = 1;
  const lexicons = await loadNodeLexicons();
  const modelBytes = new Uint8Array(readFileSync(join(REPO_ROOT, 'models/phi-ner/model.onnx')));
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'models/phi-ner/model.json'), 'utf8'));
  // Warm the WASM runtime itself once so "cold" measures the model load, as in the extension.
  await createNerDetector({ ort, modelBytes, config, lexicons });
  const t0 = performance.now();
  const ner = await createNerDetector({ ort, modelBytes, config, lexicons });
  const loadMs = performance.now() - t0;
  let note = '';
  for (let i = 0; note.length < 30_000; i++) note += generateDoc(9_000 + i, 'heldout').text + '\n\n';
  note = note.slice(0, 30_000);
  const ctx = { known: [], failSafeThreshold: 0.5 };
  const firstT = performance.now();
  await ner.detect(note, ctx);
  const firstMs = performance.now() - firstT;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    const a = performance.now();
    const c = process.cpuUsage();
    await ner.detect(note, ctx);
    const d = process.cpuUsage(c);
    times.push(performance.now() - a);
    cpu.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const r = (x: number): number => Math.round(x * 10) / 10;
  console.log(JSON.stringify({ chars: note.length, tokens: (await ner.scoreTokens(note)).tokens.length, load_ms: r(loadMs), first_ms: r(firstMs), median_ms: r(times[7]!), p95_ms: r(times[14]!), median_cpu_ms: r(cpu[7]!) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * `npm run eval`: scores the PHI engine on every labelled set in ../shared/data (or
 * $CHARTVEIL_DATA): token recall, strict-HIPAA recall, precision, F1, doc leak rate, overall and
 * per label; each detector's own contribution; rules+lexicons alone vs. with the model.
 * Flags: --dump N (print N missed/false-positive tokens to stderr), --set NAME, --no-model,
 * --sweep (with the model: the fail-safe threshold trade-off curve).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULE_DETECTORS } from '../utils/detection/detectors/index';
import { createNameDetector } from '../utils/detection/detectors/names';
import { createPlaceDetector } from '../utils/detection/detectors/places';
import { DEFAULT_POLICY, type PhiEngine } from '../utils/detection/index';
import { loadModelDetector } from '../utils/detection/model-loader';
import { loadLexicons } from '../utils/detection/lexicons/index';
import type { Detector, Span } from '../utils/detection/types';
import { formatTally, newTally, scoreDoc, type GoldDoc, type Tally } from './eval-metrics';
import { createNodeEngine, modelAvailable, nodeAssets, REPO_ROOT } from './node-assets';

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dump = Number(flag('--dump') ?? 0);
const only = flag('--set');
const dataDir = process.env.CHARTVEIL_DATA ?? resolve(REPO_ROOT, '../shared/data');

function loadSets(): { name: string; docs: GoldDoc[] }[] {
  return readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()
    .map((f) => ({ name: f.replace(/\.jsonl$/, ''), docs: readFileSync(join(dataDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc) }))
    .filter((s) => !only || s.name === only);
}

async function scoreEngine(engine: PhiEngine, docs: GoldDoc[], useModel: boolean, failSafeThreshold = DEFAULT_POLICY.failSafeThreshold): Promise<{ tally: Tally; missed: string[]; fps: string[]; ms: number }> {
  const tally = newTally();
  const missed: string[] = [];
  const fps: string[] = [];
  let ms = 0;
  for (const doc of docs) {
    const a = await engine.analyze(doc.text, { policy: { useModel, failSafeThreshold } });
    ms += a.ms;
    const r = scoreDoc(doc, a.spans, tally);
    missed.push(...r.missed.map((m) => `${doc.id} ${m}`));
    fps.push(...r.fps);
  }
  return { tally, missed, fps, ms };
}

async function main(): Promise<void> {
  const withModel = modelAvailable() && !args.includes('--no-model');
  const engine = await createNodeEngine({ useModel: withModel });
  const lex = await loadLexicons(nodeAssets());
  const detectors: Detector[] = [...RULE_DETECTORS, createNameDetector(lex), createPlaceDetector(lex)];
  if (withModel) {
    const ort = await import('onnxruntime-web');
    ort.env.wasm.numThreads = 1;
    detectors.push(await loadModelDetector(nodeAssets(), ort, lex));
  }
  console.log(`PHI engine eval on ${dataDir} (model: ${withModel ? engine.modelVersion : 'not available, rules+lexicons only'})`);
  for (const set of loadSets()) {
    console.log(`\n== ${set.name} (${set.docs.length} docs)`);
    const configs: [string, boolean][] = [['rules+lexicons', false]];
    if (withModel) configs.push(['rules+lexicons+model', true]);
    for (const [label, useModel] of configs) {
      const r = await scoreEngine(engine, set.docs, useModel);
      for (const line of formatTally(label, r.tally)) console.log(line);
      console.log(`    engine time ${(r.ms / set.docs.length).toFixed(2)} ms/doc`);
      if (dump) {
        console.error(`-- ${set.name} ${label}: missed HIPAA tokens`);
        for (const m of r.missed.slice(0, dump)) console.error('  MISS', m);
        const counts = new Map<string, number>();
        for (const f of r.fps) counts.set(f, (counts.get(f) ?? 0) + 1);
        console.error('  FP top: ' + [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, dump).map(([w, n]) => `${w}(${n})`).join(' '));
      }
    }
    if (withModel && args.includes('--sweep')) {
      console.log('  fail-safe threshold sweep (rules+lexicons+model): threshold -> strict-HIPAA recall / precision');
      for (const th of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9]) {
        const r = await scoreEngine(engine, set.docs, true, th);
        console.log(`    ${th.toFixed(2)} -> ${(100 * r.tally.hipaaCaught / Math.max(1, r.tally.hipaa)).toFixed(2)}% / ${(100 * r.tally.tp / Math.max(1, r.tally.predicted)).toFixed(2)}%`);
      }
    }
    const perDetector = new Map<string, Tally>();
    for (const doc of set.docs) {
      const byId = new Map<string, Span[]>();
      for (const d of detectors) for (const s of await d.detect(doc.text, { known: [], failSafeThreshold: DEFAULT_POLICY.failSafeThreshold })) byId.set(s.detector, [...(byId.get(s.detector) ?? []), s]);
      for (const id of new Set([...perDetector.keys(), ...byId.keys()])) {
        const t = perDetector.get(id) ?? newTally();
        scoreDoc(doc, byId.get(id) ?? [], t);
        perDetector.set(id, t);
      }
    }
    console.log('  each detector on its own (strict-HIPAA recall / precision / masked tokens):');
    for (const [id, t] of [...perDetector.entries()].sort()) {
      console.log(`    ${id.padEnd(22)} ${(100 * t.hipaaCaught / Math.max(1, t.hipaa)).toFixed(2).padStart(6)}%  ${(100 * t.tp / Math.max(1, t.predicted)).toFixed(2).padStart(6)}%  ${t.predicted}`);
    }
  }
}

await main();

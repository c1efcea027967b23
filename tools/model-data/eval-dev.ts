/**
 * Scores the NER model alone (no rules, no lexicon detectors) on every labelled set in
 * ../shared/data: token-level recall, strict-HIPAA recall and precision at several thresholds.
 * Evaluation only: these sets are never used for training or template writing.
 * Usage: npx tsx tools/model-data/eval-dev.ts [--data ../shared/data]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { createNerDetector } from '../../utils/detection/model/index';
import { REPO_ROOT } from '../node-assets';
import { loadNodeLexicons } from './lexicons';

interface GoldSpan { start: number; end: number; label: string; hipaa: boolean | null }
interface GoldDoc { text: string; spans: GoldSpan[] }
const THRESHOLDS = [0.5, 0.3, 0.15];

async function main(): Promise<void> {
  const i = process.argv.indexOf('--data');
  const dataDir = i >= 0 ? process.argv[i + 1]! : join(REPO_ROOT, '..', 'shared', 'data');
  ort.env.wasm.numThreads = 1;
  const ner = await createNerDetector({
    ort,
    modelBytes: new Uint8Array(readFileSync(join(REPO_ROOT, 'models/phi-ner/model.onnx'))),
    config: JSON.parse(readFileSync(join(REPO_ROOT, 'models/phi-ner/model.json'), 'utf8')),
    lexicons: await loadNodeLexicons(),
  });
  const results: Record<string, unknown> = { model: ner.version };
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const docs: GoldDoc[] = readFileSync(join(dataDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const c = THRESHOLDS.map(() => ({ tp: 0, fp: 0, fn: 0, htp: 0, hfn: 0 }));
    const perLabel: Record<string, { n: number; hit: number }> = {};
    for (const doc of docs) {
      const s = await ner.scoreTokens(doc.text);
      s.tokens.forEach((tok, k) => {
        const gold = doc.spans.find((g) => tok.start < g.end && tok.end > g.start);
        const isPhi = !!gold && gold.hipaa !== false;
        const isHipaa = gold?.hipaa === true;
        if (!/[\p{L}\p{Nd}]/u.test(tok.text)) return; // punctuation-only tokens are not scored
        if (isPhi) {
          const pl = (perLabel[gold!.label] ??= { n: 0, hit: 0 });
          pl.n++;
          if (s.phi[k]! >= 0.5) pl.hit++;
        }
        THRESHOLDS.forEach((th, j) => {
          const pred = s.phi[k]! >= th;
          const cj = c[j]!;
          if (pred && gold) cj.tp += isPhi ? 1 : 0;
          if (pred && !gold) cj.fp++;
          if (!pred && isPhi) cj.fn++;
          if (isHipaa) (pred ? cj.htp++ : cj.hfn++);
        });
      });
    }
    const r = (a: number, b: number): number => Math.round((1000 * a) / Math.max(1, a + b)) / 1000;
    results[file] = {
      docs: docs.length,
      byThreshold: Object.fromEntries(THRESHOLDS.map((th, j) => {
        const x = c[j]!;
        return [th, { recall: r(x.tp, x.fn), hipaaRecall: r(x.htp, x.hfn), precision: r(x.tp, x.fp) }];
      })),
      recallByLabelAt05: Object.fromEntries(Object.entries(perLabel).map(([l, v]) => [l, `${v.hit}/${v.n}`])),
    };
  }
  console.log(JSON.stringify(results, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

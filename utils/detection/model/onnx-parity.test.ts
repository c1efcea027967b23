import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicons/index';
import { nodeAssets } from '../../../tools/node-assets';
import { encodeTokens, NGRAM_SLOTS, NUM_FEATURES } from './features';
import { tokenize } from './tokenize';

/** Written by models/phi-ner/train/export.py from the PyTorch model that produced model.onnx. */
interface Fixture { texts: string[]; tokens: number; ngrams: number[]; active: number[][][]; logits: number[]; shape: number[] }
const fixture: Fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures/onnx-parity.json'), 'utf8'));
const root = join(__dirname, '../../..');

describe('exported PHI model', () => {
  it('runs in onnxruntime-web and matches the PyTorch logits within 1e-4', async () => {
    ort.env.wasm.numThreads = 1;
    const session = await ort.InferenceSession.create(new Uint8Array(readFileSync(join(root, 'models/phi-ner/model.onnx'))));
    const [b, t] = fixture.shape as [number, number, number];
    const feats = new Float32Array(b * t * NUM_FEATURES);
    fixture.active.forEach((doc, bi) => doc.forEach((act, ti) => act.forEach((a) => (feats[(bi * t + ti) * NUM_FEATURES + a] = 1))));
    const out = await session.run({
      ngrams: new ort.Tensor('int32', Int32Array.from(fixture.ngrams), [b, t, NGRAM_SLOTS]),
      feats: new ort.Tensor('float32', feats, [b, t, NUM_FEATURES]),
    });
    const logits = out.logits!.data as Float32Array;
    expect(Array.from(out.logits!.dims)).toEqual(fixture.shape);
    let maxDiff = 0;
    fixture.logits.forEach((want, i) => (maxDiff = Math.max(maxDiff, Math.abs(logits[i]! - want))));
    expect(maxDiff).toBeLessThan(1e-4);
  });

  it('gets the same inputs from the TypeScript encoder and the shipped lexicons as it was trained on', async () => {
    const lex = await loadLexicons(nodeAssets());
    fixture.texts.forEach((text, bi) => {
      const enc = encodeTokens(text, tokenize(text).slice(0, fixture.tokens), lex);
      expect(enc.ngrams.flat()).toEqual(fixture.ngrams.slice(bi * fixture.tokens * NGRAM_SLOTS, (bi + 1) * fixture.tokens * NGRAM_SLOTS));
      expect(enc.active).toEqual(fixture.active[bi]!.map((a) => [...a].sort((x, y) => x - y)));
    });
  });
});

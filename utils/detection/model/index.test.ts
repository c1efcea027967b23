import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChartVeilError } from '../../errors';
import { loadLexicons, type Lexicons } from '../lexicons/index';
import { nodeAssets } from '../../../tools/node-assets';
import { createNerDetector, tokenSpans, type NerDetector } from './index';
import { tokenize } from './tokenize';

const root = join(__dirname, '../../..');
const modelBytes = new Uint8Array(readFileSync(join(root, 'models/phi-ner/model.onnx')));
const config = JSON.parse(readFileSync(join(root, 'models/phi-ner/model.json'), 'utf8'));
const ctx = { known: [], failSafeThreshold: 0.5 };
let lexicons: Lexicons;
let ner: NerDetector;

beforeAll(async () => {
  ort.env.wasm.numThreads = 1;
  lexicons = await loadLexicons(nodeAssets());
  ner = await createNerDetector({ ort, modelBytes, config, lexicons });
});

const covered = (text: string, spans: { start: number; end: number }[], value: string): boolean => {
  const at = text.indexOf(value);
  return spans.some((s) => s.start <= at && s.end >= at + value.length);
};

describe('createNerDetector', () => {
  it('reports its id, version and entity types', () => {
    expect(ner.id).toBe('model.ner');
    expect(ner.version).toBe(config.version);
    expect(ner.entities).toContain('NAME');
  });

  it.each([
    ["What's the next step for Anna S., 54F, MRN 1234-5678, seen at Methodist Hospital on 4/12?", ['Anna', '1234-5678', '4/12']],
    ['PT C/O SOB, SEEN BY DR KOWALSKI @ 0300. WIFE MARY AT BEDSIDE.', ['KOWALSKI', 'MARY']],
  ])('finds the obvious PHI in %s', async (text, values) => {
    const spans = await ner.detect(text, ctx);
    for (const s of spans) {
      expect(s.detector).toBe('model.ner');
      expect(s.score).toBeGreaterThanOrEqual(0.5);
      expect(s.end).toBeGreaterThan(s.start);
    }
    for (const v of values) expect(covered(text, spans, v), v).toBe(true);
  });

  it('returns nothing for empty or blank text', async () => {
    expect(await ner.detect('', ctx)).toEqual([]);
    expect(await ner.detect('  \n ', ctx)).toEqual([]);
  });

  it('scores long input identically whatever the window cut (windows batched in one run)', async () => {
    const note = Array.from({ length: 200 }, (_, i) => `Day ${i}: seen by Dr. Nguyen, BP 120/80, lasix 40 mg, call 555-0${i % 10}12.`).join('\n');
    // Without `arch` the detector cannot prove the receptive field, so it uses 512-token windows;
    // with it (the shipped model.json) it runs one long window. Both must agree token by token.
    expect(config.arch).toBeDefined();
    const windowed = await createNerDetector({ ort, modelBytes, config: { ...config, arch: undefined }, lexicons });
    const a = await ner.scoreTokens(note);
    const b = await windowed.scoreTokens(note);
    expect(a.tokens.length).toBeGreaterThan(3 * config.window);
    let maxDiff = 0;
    a.phi.forEach((p, i) => (maxDiff = Math.max(maxDiff, Math.abs(p - b.phi[i]!))));
    expect(maxDiff).toBeLessThan(1e-4);
    expect(a.entity).toEqual(b.entity);
  });

  it('fails closed with ERR_MODEL_LOAD on corrupt model bytes or a mismatched config', async () => {
    await expect(createNerDetector({ ort, modelBytes: new Uint8Array([1, 2, 3]), config, lexicons })).rejects.toMatchObject({ code: 'ERR_MODEL_LOAD' });
    await expect(createNerDetector({ ort, modelBytes, config: { ...config, features: config.features.slice(1) }, lexicons })).rejects.toMatchObject({ code: 'ERR_MODEL_LOAD' });
    await expect(createNerDetector({ ort, modelBytes, config: null, lexicons })).rejects.toBeInstanceOf(ChartVeilError);
  });

  it('fails closed with ERR_MODEL_RUN when inference throws', async () => {
    const broken = { ...ort, InferenceSession: { create: async () => ({ run: async () => { throw new Error('boom'); } }) } } as unknown as typeof ort;
    const det = await createNerDetector({ ort: broken, modelBytes, config, lexicons });
    await expect(det.detect('Seen by Dr. Smith', ctx)).rejects.toMatchObject({ code: 'ERR_MODEL_RUN' });
  });
});

describe('tokenSpans', () => {
  const text = 'SMITH, JOHN , x 4/12';
  const tokens = tokenize(text); // SMITH , JOHN , x 4 / 12
  it.each([
    ['merges adjacent same-type tokens and keeps inner punctuation', [0.9, 0.8, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9], ['NAME', 'NAME', 'NAME', 'NAME', 'NAME', 'DATE', 'DATE', 'DATE'], [[0, 11, 'NAME', 0.9], [16, 20, 'DATE', 0.9]]],
    ['drops punctuation-only spans', [0.1, 0.1, 0.1, 0.9, 0.1, 0.1, 0.9, 0.1], ['NAME', 'NAME', 'NAME', 'NAME', 'NAME', 'DATE', 'DATE', 'DATE'], []],
    ['splits where the type changes', [0.9, 0.1, 0.9, 0.1, 0.1, 0.9, 0.9, 0.9], ['NAME', 'NAME', 'LOCATION', 'NAME', 'NAME', 'DATE', 'ID', 'ID'], [[0, 5, 'NAME', 0.9], [7, 11, 'LOCATION', 0.9], [16, 17, 'DATE', 0.9], [17, 20, 'ID', 0.9]]],
  ] as const)('%s', (_name, phi, entity, want) => {
    const spans = tokenSpans({ tokens, phi: Float32Array.from(phi), entity: [...entity] }, 0.5);
    expect(spans.map((s) => [s.start, s.end, s.entity, Math.round(s.score * 10) / 10])).toEqual(want);
  });
});

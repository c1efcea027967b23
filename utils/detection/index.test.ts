import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../tools/node-assets';
import { ChartVeilError } from '../errors';
import type { EngineAssets } from './assets';
import { createPhiEngine, reidentify, type PhiEngine } from './index';

let engine: PhiEngine;
beforeAll(async () => {
  engine = await createPhiEngine({ assets: nodeAssets(), ort: {} as never, policy: { useModel: false } });
});

const masked = async (text: string, known: string[] = []) => (await engine.analyze(text, { known })).sanitized;

describe('createPhiEngine (rules + lexicons)', () => {
  it.each([
    ["History of Parkinson's disease, stable.", "History of Parkinson's disease, stable."],
    ['Dr. Parkinson will see her.', '[NAME_1] will see her.'],
    ['SMITH, JOHN admitted overnight.', '[NAME_1] admitted overnight.'],
    ['Discussed with Smith J. today.', 'Discussed with [NAME_1] today.'],
    ['Gave 2/3 of doses.', 'Gave 2/3 of doses.'],
    ['Diagnosed in 1992.', 'Diagnosed in 1992.'],
    ['Patient is age 92.', 'Patient is age [AGE_1].'],
    ['Patient is age 45.', 'Patient is age 45.'],
    ['SEEN BY DR SMITH. WIFE MARY AT BEDSIDE. SMITH AWARE.', 'SEEN BY [NAME_1]. WIFE [NAME_2] AT BEDSIDE. [NAME_1] AWARE.'],
    ['TRANSFER TO QUARTERMAIN 7/22', 'TRANSFER TO [LOCATION_1] [DATE_1]'],
  ])('%j -> %j', async (text, expected) => {
    expect(await masked(text)).toBe(expected);
  });

  it('masks known identifiers in every form', async () => {
    expect(await masked('ANNA SMITH, MRN 12345678; Smith, Anna', ['Anna Smith', '1234-5678'])).toBe('[NAME_1], MRN [MRN_1]; [NAME_1]');
  });

  it('honours allow and deny lists and per-type switches', async () => {
    const a = await engine.analyze('Seen at Methodist Hospital by the Pine team on 7/22', { policy: { allowTerms: ['Methodist Hospital'], denyTerms: ['Pine team'], enabledEntities: ['NAME', 'LOCATION', 'OTHER'] } });
    expect(a.sanitized).toBe('Seen at Methodist Hospital by the [OTHER_1] on 7/22');
  });

  it('ignores undefined policy overrides and rejects invalid ones', async () => {
    expect((await engine.analyze('DR QUILL 7/22', { policy: { allowTerms: undefined, operator: undefined } })).sanitized).toBe('[NAME_1] [DATE_1]');
    await expect(engine.analyze('x y', { policy: { failSafeThreshold: 2 } })).rejects.toMatchObject({ code: 'ERR_POLICY_INVALID' });
  });

  it('counts spans per type and reports time', async () => {
    const a = await engine.analyze('Call 555-123-4567 or 555-987-6543 on 7/22');
    expect(a.counts).toEqual({ PHONE: 2, DATE: 1 });
    expect(a.ms).toBeGreaterThanOrEqual(0);
  });

  it('rejects empty input with ERR_EMPTY_INPUT', async () => {
    await expect(engine.analyze('   \n')).rejects.toMatchObject({ code: 'ERR_EMPTY_INPUT' });
  });

  it('keeps UTF-16 offsets right across emoji, RTL text and CRLF', async () => {
    const text = '😀😀 مرحبا\r\nSEEN BY DR SMITH 😀 on 7/22\r\n';
    const a = await engine.analyze(text);
    expect(a.spans.map((s) => text.slice(s.start, s.end))).toEqual(['DR SMITH', '7/22']);
  });

  it('analyses a 1 MB selection with progress', async () => {
    const line = 'PT SEEN BY DR SMITH ON 7/22, MRN 1234567. VSS, AFEBRILE, NPO, PLAN CXR.\r\n';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const progress: number[] = [];
    const a = await engine.analyze(text, { onProgress: (done, total) => progress.push(done / total) });
    expect(progress.at(-1)).toBe(1);
    expect(a.sanitized).not.toMatch(/SMITH|7\/22|1234567/);
  }, 60_000);

  it('fails closed when the model cannot load', async () => {
    await expect(createPhiEngine({ assets: nodeAssets(), ort: {} as never, policy: { useModel: true } })).rejects.toBeInstanceOf(ChartVeilError);
    const broken: EngineAssets = { readText: async () => { throw new Error('x'); }, readBytes: async () => { throw new Error('x'); } };
    await expect(createPhiEngine({ assets: broken, ort: {} as never, policy: { useModel: false } })).rejects.toMatchObject({ code: 'ERR_MODEL_LOAD' });
    await expect(engine.analyze('DR SMITH', { policy: { useModel: true } })).rejects.toMatchObject({ code: 'ERR_MODEL_LOAD' });
  });
});

describe('engine properties', () => {
  const phiBits = fc.constantFrom('Dr. Smith', 'JONES', 'MRN 1234-5678', '555-123-4567', '7/22/2023', 'a.b@x.org', 'Anna S.', 'Methodist Hospital', '😀', 'مرحبا', '\r\n', 'age 93');
  const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), phiBits), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ') + ' x');

  it('every offset is valid and no detected original survives in the sanitized text', async () => {
    await fc.assert(fc.asyncProperty(text, async (t) => {
      const a = await engine.analyze(t);
      for (let i = 0; i < a.spans.length; i++) {
        const s = a.spans[i]!;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(t.length);
        expect(s.start).toBeLessThan(s.end);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(a.spans[i - 1]!.end);
      }
      const visible = a.sanitized.replace(/\[[A-Z]+_\d+\]/g, ' ');
      for (const p of a.placeholders) {
        if (/[\p{L}\p{N}]{3,}/u.test(p.original)) expect(visible.includes(p.original)).toBe(false);
      }
      expect(reidentify(a.sanitized, a.placeholders).length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});

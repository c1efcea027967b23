import { describe, expect, it } from 'vitest';
import { applyOperator, reidentify } from './operators';
import type { EntityType, Span } from './types';

function spansOf(text: string, parts: [string, EntityType][]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const [value, entity] of parts) {
    const start = text.indexOf(value, from);
    out.push({ start, end: start + value.length, entity, score: 0.9, detector: 't' });
    from = start + value.length;
  }
  return out;
}

describe('mask operator', () => {
  it('links "Anna Smith", "Ms. Smith" and "SMITH" to one placeholder', () => {
    const text = 'Anna Smith was seen. Ms. Smith is better. SMITH called Bob Jones.';
    const spans = spansOf(text, [['Anna Smith', 'NAME'], ['Ms. Smith', 'NAME'], ['SMITH', 'NAME'], ['Bob Jones', 'NAME']]);
    const r = applyOperator(text, spans, 'mask');
    expect(r.sanitized).toBe('[NAME_1] was seen. [NAME_1] is better. [NAME_1] called [NAME_2].');
    expect(r.placeholders.find((p) => p.placeholder === '[NAME_1]')!.original).toBe('Anna Smith');
  });

  it('links a possessive to the name it belongs to', () => {
    const text = "Wisława Szczepańska was seen. Szczepańska's daughter called.";
    const spans = spansOf(text, [['Wisława Szczepańska', 'NAME'], ["Szczepańska's", 'NAME']]);
    expect(applyOperator(text, spans, 'mask').sanitized).toBe('[NAME_1] was seen. [NAME_1] daughter called.');
  });

  it('numbers per type in order of appearance and reuses equal values', () => {
    const text = 'on 7/22 and 8/1, again 7/22; MRN 123-456 / 123456';
    const spans = spansOf(text, [['7/22', 'DATE'], ['8/1', 'DATE'], ['7/22', 'DATE'], ['123-456', 'MRN'], ['123456', 'MRN']]);
    expect(applyOperator(text, spans, 'mask').sanitized).toBe('on [DATE_1] and [DATE_2], again [DATE_1]; MRN [MRN_1] / [MRN_1]');
  });

  it('survives a round trip through reidentify', () => {
    const text = 'Pt Anna Smith (MRN 1234-5678) seen 7/22 at Methodist Hospital.';
    const spans = spansOf(text, [['Anna Smith', 'NAME'], ['1234-5678', 'MRN'], ['7/22', 'DATE'], ['Methodist Hospital', 'LOCATION']]);
    const r = applyOperator(text, spans, 'mask');
    expect(r.sanitized).not.toContain('Smith');
    expect(reidentify(r.sanitized, r.placeholders)).toBe(text);
  });

  it('rejects unmerged spans and unknown operators', () => {
    const spans = spansOf('abcdef', [['abcd', 'NAME']]).concat(spansOf('abcdef', [['cdef', 'NAME']]));
    expect(() => applyOperator('abcdef', spans, 'mask')).toThrow(/merged/);
    expect(() => applyOperator('abc', [], 'redact' as never)).toThrow(/operator/);
  });
});

describe('surrogate operator', () => {
  it('shifts every date by one per-document offset, keeping intervals', () => {
    const text = 'admitted 2023-01-10, discharged 2023-01-20';
    const spans = spansOf(text, [['2023-01-10', 'DATE'], ['2023-01-20', 'DATE']]);
    const r = applyOperator(text, spans, 'surrogate', () => 0.25);
    const [a, b] = r.sanitized.match(/\d{4}-\d{2}-\d{2}/g)!;
    expect((Date.parse(b!) - Date.parse(a!)) / 86_400_000).toBe(10);
    expect(a).not.toBe('2023-01-10');
  });

  it('writes realistic values of the same shape and keeps a reversible mapping', () => {
    const text = 'Anna Smith, MRN 1234-5678, SMITH aware';
    const spans = spansOf(text, [['Anna Smith', 'NAME'], ['1234-5678', 'MRN'], ['SMITH', 'NAME']]);
    const r = applyOperator(text, spans, 'surrogate', () => 0.5);
    expect(r.sanitized).not.toMatch(/Smith|1234-5678/i);
    expect(r.sanitized).toMatch(/MRN \d{4}-\d{4},/);
    expect(reidentify('[x]', r.placeholders)).toBe('[x]');
    for (const p of r.placeholders) expect(r.sanitized).toContain(p.placeholder);
  });
});

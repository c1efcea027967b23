import { describe, expect, it } from 'vitest';
import { addMask, fromAnalysis, render, sourceOffsets, unmask } from './model';

const SANITIZED = '[NAME_1] has [NAME_2]; [NAME_1] seen by VNA. VNAX and the VNA team.';
const MAP = [
  { placeholder: '[NAME_1]', entity: 'NAME' as const, original: 'Ann Lee' },
  { placeholder: '[NAME_2]', entity: 'NAME' as const, original: 'HFpEF' },
];
const ORIGINAL = 'Ann Lee has HFpEF; Ann Lee seen by VNA. VNAX and the VNA team.';

describe('review model', () => {
  it('round-trips the engine output and rebuilds the original', () => {
    const r = render(fromAnalysis(SANITIZED, MAP));
    expect(r.sanitized).toBe(SANITIZED);
    expect(r.source).toBe(ORIGINAL);
    expect(r.counts).toEqual({ NAME: 3 });
    expect(r.placeholders.map((p) => p.placeholder)).toEqual(['[NAME_1]', '[NAME_2]']);
  });

  it('un-masks every occurrence and drops the placeholder from the map', () => {
    const { doc, change } = unmask(fromAnalysis(SANITIZED, MAP), '[NAME_1]');
    const r = render(doc);
    expect(r.sanitized).toBe('Ann Lee has [NAME_2]; Ann Lee seen by VNA. VNAX and the VNA team.');
    expect(r.placeholders.map((p) => p.placeholder)).toEqual(['[NAME_2]']);
    expect(r.source).toBe(ORIGINAL);
    expect(change).toEqual({ added: {}, removed: { NAME: 2 } });
  });

  it('adds a mask on whole-word occurrences only, with a fresh number, and keeps the source', () => {
    const { doc, change } = addMask(fromAnalysis(SANITIZED, MAP), ' VNA ', 'ORGANIZATION');
    const r = render(doc);
    expect(r.sanitized).toBe('[NAME_1] has [NAME_2]; [NAME_1] seen by [ORGANIZATION_1]. VNAX and the [ORGANIZATION_1] team.');
    expect(r.placeholders.at(-1)).toEqual({ placeholder: '[ORGANIZATION_1]', entity: 'ORGANIZATION', original: 'VNA' });
    expect(r.source).toBe(ORIGINAL);
    expect(change).toEqual({ added: { ORGANIZATION: 2 }, removed: {} });
  });

  it('never reuses a number after an un-mask, and ignores phrases that are absent or inside masks', () => {
    const base = fromAnalysis(SANITIZED, MAP);
    const { doc: d1 } = unmask(base, '[NAME_2]');
    const { doc: d2 } = addMask(d1, 'HFpEF', 'NAME');
    expect(render(d2).sanitized).toContain('[NAME_3]');
    expect(addMask(base, 'Lee', 'NAME').change.added).toEqual({}); // only inside a mask
    expect(addMask(base, 'absent', 'NAME').doc).toBe(base);
    expect(addMask(base, '   ', 'NAME').doc).toBe(base);
  });

  it('gives each piece its range in the original source', () => {
    const doc = fromAnalysis(SANITIZED, MAP);
    const ranges = sourceOffsets(doc);
    doc.pieces.forEach((p, i) => {
      const text = ORIGINAL.slice(ranges[i]!.start, ranges[i]!.end);
      expect(text).toBe(p.kind === 'text' ? p.text : p.original);
    });
  });
});

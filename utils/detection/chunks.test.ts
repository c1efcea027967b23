import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText } from './chunks';

describe('chunkText', () => {
  it('returns one chunk for short text', () => {
    expect(chunkText('a\nb', 4000, 300)).toEqual([{ start: 0, text: 'a\nb' }]);
  });

  it('cuts at line breaks and overlaps neighbours', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i} of the note 😀 مرحبا`).join('\r\n');
    const chunks = chunkText(text, 1000, 100);
    expect(chunks.length).toBeGreaterThan(3);
    for (let i = 1; i < chunks.length; i++) {
      const prevEnd = chunks[i - 1]!.start + chunks[i - 1]!.text.length;
      expect(chunks[i]!.start).toBeLessThan(prevEnd);
      expect(chunks[i - 1]!.text.endsWith('\n')).toBe(true);
    }
  });

  it('covers the text, keeps offsets exact and never splits a surrogate pair', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.integer({ min: 50, max: 400 }), (text, size) => {
      const chunks = chunkText(text, size, 20);
      let covered = 0;
      for (const c of chunks) {
        expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
        expect(c.start).toBeLessThanOrEqual(covered);
        covered = Math.max(covered, c.start + c.text.length);
        const first = c.text.charCodeAt(0);
        if (c.text.length) expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
      }
      expect(covered).toBe(text.length);
    }), { numRuns: 200 });
  });
});

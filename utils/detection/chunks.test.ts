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

  it('cuts where "the last line break, else sentence end, else space in the second half" is', () => {
    // The regex definition the scan replaced, kept here as the reference.
    const reference = (window: string): number => {
      for (const re of [/\n(?![\s\S]*\n)/, /[.!?]\s(?![\s\S]*[.!?]\s)/, /\s(?![\s\S]*\s)/]) {
        const m = re.exec(window);
        if (m && m.index >= Math.floor(window.length / 2)) return m.index + m[0].length;
      }
      return window.length;
    };
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', '.', '!', '?', '\t', '\u00a0', 'x');
    fc.assert(fc.property(fc.array(alphabet, { minLength: 60, maxLength: 400 }).map((a) => a.join('')), (text) => {
      const size = 50;
      const [first] = chunkText(text + 'z'.repeat(100), size, 10);
      expect(first!.text.length).toBe(reference(text.slice(0, size)));
    }), { numRuns: 300 });
  });

  it('chunks a 1 MB selection without line breaks or sentence ends', () => {
    const text = 'word '.repeat(210_000);
    const chunks = chunkText(text, 16_000, 300);
    expect(chunks.length).toBeGreaterThan(60);
    expect(chunks.every((c) => c.text.length <= 16_000 && (c.start + c.text.length === text.length || c.text.endsWith(' ')))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeTokens, encodeTokensInto, FEATURE_NAMES, hashPiece, NGRAM_BUCKETS, NGRAM_SLOTS, normalizeWord, NUM_FEATURES, type LexiconLookup } from './features';
import { tokenize } from './tokenize';

const lex: LexiconLookup = { has: (name, w) => (name === 'lastName' && w === 'smith') || (name === 'title' && w === 'dr') };
const names = (text: string) => {
  const enc = encodeTokens(text, tokenize(text), lex);
  return enc.active.map((a) => a.map((i) => FEATURE_NAMES[i]));
};

describe('encodeTokens', () => {
  it('gives SMITH, Smith and smith the same n-grams (case lives only in the case.* features)', () => {
    const [a, b, c] = ['SMITH', 'Smith', 'smith'].map((w) => encodeTokens(w, tokenize(w), lex).ngrams[0]);
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a).toHaveLength(NGRAM_SLOTS);
  });

  it.each([
    ['SMITH', ['case.upper', 'kind.alpha', 'len.5-7', 'space.textStart', 'lex.lastName']],
    ['Smith', ['case.title', 'kind.alpha', 'len.5-7', 'space.textStart', 'lex.lastName']],
    ['McSmith', ['case.mixed', 'kind.alpha', 'len.5-7', 'space.textStart']],
    ['92', ['case.none', 'kind.digit', 'len.2', 'num.len2', 'num.90-120', 'space.textStart']],
    ['1992', ['case.none', 'kind.digit', 'len.3-4', 'num.len4', 'num.1900-2099', 'space.textStart']],
    ['54F', ['case.upper', 'kind.alnum', 'len.3-4', 'space.textStart']],
  ])('%s', (word, want) => {
    expect(names(word)[0]).toEqual(want);
  });

  it('marks spacing and newlines around tokens', () => {
    const f = names('Dr Smith\nx');
    expect(f[0]).toContain('lex.title');
    expect(f[0]).toContain('space.spaceAfter');
    expect(f[1]).toContain('space.spaceBefore');
    expect(f[1]).toContain('space.newlineAfter');
    expect(f[2]).toContain('space.newlineBefore');
  });

  it('folds digits and case before hashing, into 1..buckets-1', () => {
    expect(normalizeWord('AB12')).toBe('ab00');
    for (const p of ['w:smith', 'p:s', 's:ith', '']) {
      expect(hashPiece(p)).toBeGreaterThanOrEqual(1);
      expect(hashPiece(p)).toBeLessThan(NGRAM_BUCKETS);
    }
    expect(hashPiece('w:smith')).toBe(hashPiece('w:smith'));
    expect(hashPiece('w:smith')).not.toBe(hashPiece('w:smyth'));
  });
});

describe('encodeTokensInto', () => {
  it('writes exactly what encodeTokens gives, row by row', () => {
    const text = 'PT SEEN BY DR SMITH @ 0300.\r\nSmith, John 67 yo; smith again 1/2/2000 Ünal Ω 😀';
    const tokens = tokenize(text);
    const enc = encodeTokens(text, tokens, lex);
    const ngrams = new Int32Array(tokens.length * NGRAM_SLOTS);
    const feats = new Float32Array(tokens.length * NUM_FEATURES);
    encodeTokensInto(text, tokens, lex, ngrams, feats);
    tokens.forEach((_, t) => {
      expect([...ngrams.subarray(t * NGRAM_SLOTS, (t + 1) * NGRAM_SLOTS)]).toEqual(enc.ngrams[t]);
      const row = feats.subarray(t * NUM_FEATURES, (t + 1) * NUM_FEATURES);
      expect([...row.keys()].filter((i) => row[i] === 1)).toEqual(enc.active[t]);
    });
  });
});

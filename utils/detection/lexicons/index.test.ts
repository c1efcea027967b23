import { describe, expect, it } from 'vitest';
import { nodeAssets } from '../../../tools/node-assets';
import { lexiconsFromLists, loadLexicons, parseLexicon } from './index';

describe('parseLexicon', () => {
  it('drops the header comment and the trailing newline of a generated file', () => {
    expect(parseLexicon('# generated\n# source: x\nanna\nsmith\n')).toEqual(['anna', 'smith']);
  });
  it('trims, and drops blank lines and inner comments, in a hand-edited file', () => {
    expect(parseLexicon('  anna \n\n# note\nsmith\r\n')).toEqual(['anna', 'smith']);
  });
});

describe('lexicons', () => {
  it('finds entries case-insensitively, in sorted and unsorted input alike', () => {
    for (const list of [['anna', 'mary', 'zoe'], ['Zoe', 'anna', 'MARY', 'anna']]) {
      const lex = lexiconsFromLists({ firstName: list });
      for (const w of ['ANNA', 'Mary', 'zoe']) expect(lex.has('firstName', w), w).toBe(true);
      for (const w of ['ann', 'annabel', 'a', '', 'zz']) expect(lex.has('firstName', w), w).toBe(false);
      expect(lex.entries('firstName')).toEqual(['anna', 'mary', 'zoe']);
      expect(lex.has('lastName', 'anna')).toBe(false);
    }
  });
  it('loads the shipped lists sorted, so binary search sees every entry', async () => {
    const lex = await loadLexicons(nodeAssets());
    for (const name of ['firstName', 'lastName', 'city', 'englishWord', 'rareName'] as const) {
      const all = lex.entries(name);
      expect(all.length, name).toBeGreaterThan(100);
      for (let i = 1; i < all.length; i++) if (!(all[i - 1]! < all[i]!)) throw new Error(`${name} not sorted at ${i}`);
      for (let i = 0; i < all.length; i += 997) expect(lex.has(name, all[i]!.toUpperCase()), all[i]).toBe(true);
    }
    expect(lex.has('firstName', 'anna')).toBe(true);
    expect(lex.has('medicalTerm', 'anna')).toBe(false);
  });
});

import { fakerEN_US } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { ALL_FAMILIES, generateDoc, HELDOUT_FAMILIES } from './corpus';
import { MODEL_LABELS, Rng, type Gen } from './segments';
import { expand } from './template';

describe('synthetic corpus', () => {
  it('is deterministic for a seed', () => {
    expect(generateDoc(123, 'train')).toEqual(generateDoc(123, 'train'));
    expect(generateDoc(123, 'train').text).not.toBe(generateDoc(124, 'train').text);
  });

  it('expands every template of every family (no unknown slots) into labelled segments', () => {
    const g: Gen = { rng: new Rng(1), faker: fakerEN_US, places: ['springfield'], cast: { ptFirst: 'Anna', ptLast: 'Smith', ptMiddle: 'Lee', rel: 'Maria', drs: [['Jo', 'Ng'], ['Al', 'Wu'], ['Bo', 'Li']] } };
    let n = 0;
    for (const fam of ALL_FAMILIES) for (const t of fam.templates) {
      const segs = expand(t, g);
      expect(segs.map((s) => s.text).join('')).not.toMatch(/\{\w+\}/);
      for (const s of segs) expect(MODEL_LABELS).toContain(s.label);
      n++;
    }
    expect(n).toBeGreaterThan(250);
  });

  it('keeps held-out template families out of training documents and vice versa', () => {
    for (let i = 0; i < 200; i++) {
      for (const f of generateDoc(i, 'train').families) expect(HELDOUT_FAMILIES.has(f)).toBe(false);
      for (const f of generateDoc(i, 'heldout').families) expect(HELDOUT_FAMILIES.has(f)).toBe(true);
    }
  });

  it('produces spans that slice real text and never label a bare title or a year', () => {
    for (let i = 0; i < 100; i++) {
      const d = generateDoc(1000 + i, 'train');
      for (const s of d.spans) {
        const v = d.text.slice(s.start, s.end);
        expect(v.trim().length).toBeGreaterThan(0);
        expect(v).not.toMatch(/^(dr\.?|md|rn)$/i);
        if (s.label !== 'DATE' && s.label !== 'ID' && s.label !== 'MRN' && s.label !== 'PHONE' && s.label !== 'ZIP' && s.label !== 'SSN') expect(v).not.toMatch(/^(19|20)\d\d$/);
      }
    }
  });
});

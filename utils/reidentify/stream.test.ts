import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdFrom, viability } from './placeholder.ts';
import { createStreamingReidentifier, placeholderMap, segmentText, type Segment } from './stream.ts';
import { appendDraftMarker, segmentsToText, versionFor } from './view.ts';

const map = placeholderMap([
  { placeholder: '[NAME_1]', original: 'Anna Smith' },
  { placeholder: '[NAME_1]', original: 'Smith' },
  { placeholder: '[DATE_2]', original: 'March 3, 2024' },
  { placeholder: '[NAME_12]', original: 'Bob Jones' },
]);
const run = (chunks: string[]) => {
  const r = createStreamingReidentifier(map);
  const shown: Segment[][] = chunks.map((c) => r.push(c));
  shown.push(r.end());
  return { shown, text: segmentsToText(r.segments, 'reidentified'), masked: segmentsToText(r.segments, 'masked'), segments: r.segments };
};
/** Text the user could see after each push: must never contain a raw or partial placeholder. */
const visibleTexts = (shown: Segment[][]) => shown.flat().filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text);

describe('lenient placeholder recognition', () => {
  it.each([
    ['Seen by [NAME_1].', 'Seen by Anna Smith.'],
    ['Seen by NAME_1.', 'Seen by Anna Smith.'],
    ['Seen by **[Name_1]**.', 'Seen by **Anna Smith**.'],
    ['Seen by [name_1] on [ DATE_2 ].', 'Seen by Anna Smith on March 3, 2024.'],
    ['Seen by [NAME_12] and [NAME-1].', 'Seen by Bob Jones and Anna Smith.'],
    ['Seen by [NAME_1 today', 'Seen by Anna Smith today'],
    ['FIRSTNAME_1 and NAME_1x are not placeholders', 'FIRSTNAME_1 and NAME_1x are not placeholders'],
  ])('%s', (input, expected) => {
    expect(segmentsToText(segmentText(input, map), 'reidentified')).toBe(expected);
  });

  it('keeps unknown placeholders masked in both versions', () => {
    const segs = segmentText('Call [PHONE_3] or NAME_9.', map);
    expect(segmentsToText(segs, 'reidentified')).toBe('Call [PHONE_3] or [NAME_9].');
    expect(segs.filter((s) => s.kind === 'masked')).toHaveLength(2);
  });

  it('knows which suffixes could still become a placeholder', () => {
    expect(viability('[')).toBe('partial');
    expect(viability('[NA')).toBe('partial');
    expect(viability('NAME_')).toBe('partial');
    expect(viability('NAME_1')).toBe('partial');
    expect(viability('[NAME_1')).toBe('partial');
    expect(viability('[NAME_1]')).toBe('no');
    expect(viability('Nam')).toBe('bare-letters');
    expect(viability('[Note')).toBe('no');
    expect(viability('hello')).toBe('no');
    expect(holdFrom('Seen by [NA')).toEqual({ index: 8, kind: 'partial' });
    expect(holdFrom('Seen by Dr. Who').index).toBe(15);
    expect(holdFrom('RENAME_1').index).toBe(8); // no word boundary: not a placeholder start
  });
});

describe('streaming re-identification', () => {
  const stream = 'Patient **[Name_1]** was seen on [DATE_2]; NAME_1 follows up with [NAME_12]. Unknown [NAME_7].';
  const expected = 'Patient **Anna Smith** was seen on March 3, 2024; Anna Smith follows up with Bob Jones. Unknown [NAME_7].';

  it('restores "[NA" + "ME_1]" without ever showing a fragment', () => {
    const { shown, text } = run(['Seen by [NA', 'ME_1] today.']);
    expect(shown[0]).toEqual([{ kind: 'text', text: 'Seen by ' }]);
    expect(shown[1]![0]).toMatchObject({ kind: 'restored', original: 'Anna Smith' });
    expect(text).toBe('Seen by Anna Smith today.');
  });

  it('gives the same result for every 2- and 3-way split, never showing a fragment', () => {
    for (let i = 0; i <= stream.length; i++) {
      for (let j = i; j <= stream.length; j += 3) {
        const { shown, text } = run([stream.slice(0, i), stream.slice(i, j), stream.slice(j)]);
        expect(text).toBe(expected);
        for (const t of visibleTexts(shown)) expect(t).not.toMatch(/\[?(NA|NAM|NAME|DA|DAT|DATE)_?\d*\]?$|\[$|_\d/i);
      }
    }
  });

  it('holds for any random chunking (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: stream.length }), { maxLength: 12 }), (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const chunks = [0, ...points].map((p, k) => stream.slice(p, points[k] ?? stream.length));
      expect(run(chunks).text).toBe(expected);
    }));
  });

  it('holds a placeholder whose number may still grow', () => {
    const { shown, text } = run(['See NAME_1', '2 now']);
    expect(shown[0]).toEqual([{ kind: 'text', text: 'See ' }]);
    expect(text).toBe('See Bob Jones now');
  });

  it('fails closed at end of stream: a partial placeholder is masked, plain words are not', () => {
    const partial = run(['Follow up with [NAM']);
    expect(partial.segments.at(-1)).toEqual({ kind: 'masked', text: '[…]' });
    expect(partial.text).toBe('Follow up with […]');
    expect(run(['Follow up with NAME_']).text).toBe('Follow up with […]');
    expect(run(['Confirm the patient Nam']).text).toBe('Confirm the patient Nam');
    expect(run(['Ends with NAME_1']).text).toBe('Ends with Anna Smith');
  });

  it('gives the masked version with canonical placeholders', () => {
    expect(run(['Seen by **[name_1]** on DATE_2.']).masked).toBe('Seen by **[NAME_1]** on [DATE_2].');
  });
});

describe('copy/insert helpers', () => {
  it('appends the draft marker once and lets policy force the masked version', () => {
    expect(appendDraftMarker('Stable.\n', 'AI-assisted draft, reviewed by the clinician')).toBe('Stable.\n\nAI-assisted draft, reviewed by the clinician');
    expect(appendDraftMarker(appendDraftMarker('Stable.', 'M'), 'M')).toBe('Stable.\n\nM');
    expect(appendDraftMarker('Stable.', '')).toBe('Stable.');
    expect(versionFor({ masked: false })).toBe('reidentified');
    expect(versionFor({ masked: false, policyForcesMasked: true })).toBe('masked');
  });
});

import { describe, expect, it } from 'vitest';
import { segmentSanitized } from './segments';

describe('segmentSanitized', () => {
  const refs = [
    { placeholder: '[NAME_1]', entity: 'NAME' as const },
    { placeholder: '[NAME_10]', entity: 'NAME' as const },
    { placeholder: '[DATE_1]', entity: 'DATE' as const },
  ];

  it('marks each placeholder occurrence and keeps the text around it', () => {
    const s = '[NAME_1] seen on [DATE_1]; [NAME_1] again, [NAME_10].';
    const segs = segmentSanitized(s, refs);
    expect(segs.map((x) => x.text).join('')).toBe(s);
    expect(segs.filter((x) => x.kind === 'mask').map((x) => x.text)).toEqual(['[NAME_1]', '[DATE_1]', '[NAME_1]', '[NAME_10]']);
    expect(segs[0]).toEqual({ kind: 'mask', text: '[NAME_1]', entity: 'NAME' });
  });

  it('handles no placeholders, empty text and regex characters', () => {
    expect(segmentSanitized('plain', [])).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(segmentSanitized('', refs)).toEqual([]);
    expect(segmentSanitized('a (x+y)* b', [{ placeholder: '(x+y)*', entity: 'OTHER' }]))
      .toEqual([{ kind: 'text', text: 'a ' }, { kind: 'mask', text: '(x+y)*', entity: 'OTHER' }, { kind: 'text', text: ' b' }]);
  });

  it('shows HTML in the text as text segments (rendered as text, never markup)', () => {
    const segs = segmentSanitized('<img src=x onerror=alert(1)> [NAME_1]', refs);
    expect(segs[0]).toEqual({ kind: 'text', text: '<img src=x onerror=alert(1)> ' });
  });
});

import { describe, expect, it } from 'vitest';
import { render } from './model';
import { createReviewStore } from './store';

describe('review store', () => {
  it('keeps one review per request, reports changes (counts only) and clears highlights on edit', () => {
    const changes: unknown[] = [];
    const store = createReviewStore((c) => changes.push(c));
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s ? render(s.doc).placeholders.length : -1));
    store.open('r1', '[NAME_1] and [NAME_2].', [
      { placeholder: '[NAME_1]', entity: 'NAME', original: 'Ann' },
      { placeholder: '[NAME_2]', entity: 'NAME', original: 'HFpEF' },
    ]);
    store.setHighlight([{ start: 0, end: 3 }]);
    expect(store.unmask('[NAME_2]')).toEqual({ added: {}, removed: { NAME: 1 } });
    expect(store.get()!.highlight).toEqual([]);
    expect(store.unmask('[NAME_9]')).toBeNull();
    store.open('r1', 'ignored', []);
    expect(render(store.get()!.doc).sanitized).toBe('[NAME_1] and HFpEF.');
    store.open('r2', 'fresh', []);
    expect(render(store.get()!.doc).sanitized).toBe('fresh');
    expect(changes).toEqual([{ added: {}, removed: { NAME: 1 } }]);
    expect(JSON.stringify(changes)).not.toMatch(/Ann|HFpEF/);
    expect(seen).toEqual([2, 2, 1, 0]);
  });
});

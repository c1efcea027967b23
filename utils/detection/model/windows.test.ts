import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planWindows } from './windows';

describe('planWindows', () => {
  it.each([
    [0, []],
    [5, [[0, 5, 0, 5]]],
    [256, [[0, 256, 0, 256]]],
    [600, [[0, 256, 0, 224], [192, 256, 224, 416], [344, 256, 416, 600]]],
  ])('%i tokens', (n, want) => {
    expect(planWindows(n, 256, 32).map((w) => [w.start, w.length, w.keepFrom, w.keepTo])).toEqual(want);
  });

  it('scores every token exactly once, with full context away from the text ends', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 3, max: 300 }), fc.integer({ min: 0, max: 40 }), (n, window, ctx) => {
      fc.pre(window > 2 * ctx);
      const plan = planWindows(n, window, ctx);
      let next = 0;
      for (const w of plan) {
        expect(w.keepFrom).toBe(next);
        expect(w.start).toBeGreaterThanOrEqual(0);
        expect(w.start + w.length).toBeLessThanOrEqual(n);
        if (w.keepFrom > 0) expect(w.keepFrom - w.start).toBeGreaterThanOrEqual(ctx);
        if (w.keepTo < n) expect(w.start + w.length - w.keepTo).toBeGreaterThanOrEqual(ctx);
        next = w.keepTo;
      }
      expect(next).toBe(n);
    }));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balancedWindow, planWindows } from './windows';

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

describe('balancedWindow', () => {
  it.each([
    [100, 8192, 32, 100],
    [8192, 8192, 32, 8192],
    [8993, 8192, 32, 4529],
    [20000, 8192, 32, 6710],
  ])('%i tokens, cap %i: window %i', (n, cap, ctx, want) => {
    expect(balancedWindow(n, cap, ctx)).toBe(want);
  });

  it('never needs more windows than the cap does, never exceeds it, and repeats at most 2·context per extra window', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 100, max: 9000 }), fc.integer({ min: 0, max: 40 }), (n, cap, ctx) => {
      const w = balancedWindow(n, cap, ctx);
      expect(w).toBeLessThanOrEqual(Math.max(cap, 0));
      const plan = planWindows(n, w, ctx);
      expect(plan.length).toBe(planWindows(n, cap, ctx).length);
      expect(plan.length * w).toBeLessThanOrEqual(n + plan.length * (2 * ctx + 1));
    }));
  });
});

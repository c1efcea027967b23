import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWarmUp, WARM_UP_NOTE } from './warm-up';

/** A pass that stays running until `finish()` is called. */
function controllablePass() {
  const started: number[] = [];
  let finish: (ok?: boolean) => void = () => undefined;
  const pass = (index: number) => {
    started.push(index);
    return new Promise<void>((resolve, reject) => (finish = (ok = true) => (ok ? resolve() : reject(new Error('boom')))));
  };
  return { pass, started, finish: (ok?: boolean) => finish(ok) };
}

describe('startWarmUp', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the passes one after another, each after the gap, and stops at the budget', async () => {
    const p = controllablePass();
    startWarmUp(p.pass, { passes: 3, gapMs: 200 });
    await vi.advanceTimersByTimeAsync(199);
    expect(p.started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(p.started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(p.started).toEqual([0]); // the next gap starts only when this pass ends
    for (let i = 0; i < 3; i++) {
      p.finish();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(p.started).toEqual([0, 1, 2]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(p.started).toEqual([0, 1, 2]);
  });

  it('lets a real analysis wait only for the pass already running, and starts none while it runs', async () => {
    const p = controllablePass();
    const w = startWarmUp(p.pass, { passes: 5, gapMs: 200 });
    await vi.advanceTimersByTimeAsync(200);
    expect(p.started).toEqual([0]);
    const done = w.busy();
    let idle = false;
    void w.idle().then(() => (idle = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(false);
    p.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(p.started).toEqual([0]); // the real analysis is still running
    done();
    done(); // a second call changes nothing
    await vi.advanceTimersByTimeAsync(200);
    expect(p.started).toEqual([0, 1]);
  });

  it('postpones a pass that was due while a real analysis ran', async () => {
    const p = controllablePass();
    const w = startWarmUp(p.pass, { passes: 2, gapMs: 200 });
    const done = w.busy();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(p.started).toEqual([]);
    await w.idle(); // nothing running: resolves at once
    done();
    await vi.advanceTimersByTimeAsync(200);
    expect(p.started).toEqual([0]);
  });

  it('stops after a failed pass and still reports idle', async () => {
    const p = controllablePass();
    const w = startWarmUp(p.pass, { passes: 5, gapMs: 200 });
    await vi.advanceTimersByTimeAsync(200);
    p.finish(false);
    await expect(w.idle()).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(p.started).toEqual([0]);
  });

  it('has a warm-up note with no real-looking contact values', () => {
    expect(WARM_UP_NOTE).toMatch(/example\.org/);
    expect(WARM_UP_NOTE).toMatch(/555-0100/); // the reserved fictional 555-01xx range
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';
import type { Draft, DraftInput } from './types';

const base: DraftInput = {
  title: 't', sanitizedText: '', placeholders: [], summary: '', template: 'soap', origin: 'http://127.0.0.1', patientContextId: 'c',
};

function fakeStore() {
  const writes: DraftInput[] = [];
  let fail = false;
  const save = vi.fn(async (d: DraftInput): Promise<Draft> => {
    await Promise.resolve();
    if (fail) throw Object.assign(new Error('locked'), { code: 'ERR_VAULT_LOCKED' });
    writes.push(d);
    return { ...d, id: d.id ?? 'new-id', createdAt: d.createdAt ?? 1, updatedAt: 2 };
  });
  return { save, writes, setFail: (v: boolean) => (fail = v) };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces keystrokes into one save of the latest text', async () => {
    const s = fakeStore();
    const a = createAutosave({ save: s.save, delayMs: 500 });
    for (const text of ['a', 'ab', 'abc']) {
      a.update({ ...base, summary: text });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(s.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(s.writes.map((w) => w.summary)).toEqual(['abc']);
  });

  it('reuses the id the first save assigned, and edits during a save are written after it', async () => {
    const s = fakeStore();
    const saved: Draft[] = [];
    const a = createAutosave({ save: s.save, delayMs: 100, onSaved: (d) => saved.push(d) });
    a.update({ ...base, summary: 'one' });
    const first = a.flush();
    a.update({ ...base, summary: 'two' });
    await first;
    await a.flush();
    expect(s.writes.map((w) => [w.summary, w.id])).toEqual([['one', undefined], ['two', 'new-id']]);
    expect(saved).toHaveLength(2);
  });

  it('keeps the pending edit when a save fails, and writes it on the next try', async () => {
    const s = fakeStore();
    const errors: unknown[] = [];
    const a = createAutosave({ save: s.save, delayMs: 100, onError: (e) => errors.push(e) });
    s.setFail(true);
    a.update({ ...base, summary: 'kept' });
    await a.flush();
    expect(errors).toHaveLength(1);
    s.setFail(false);
    await a.flush();
    expect(s.writes.map((w) => w.summary)).toEqual(['kept']);
  });

  it('cancel drops the pending edit (used on lock)', async () => {
    const s = fakeStore();
    const a = createAutosave({ save: s.save, delayMs: 100 });
    a.update({ ...base, summary: 'gone' });
    a.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await a.flush();
    expect(s.save).not.toHaveBeenCalled();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PASS, draftInput, makeVault, opened } from './test-fixtures';

afterEach(() => {
  for (const v of opened.splice(0)) v.db.close();
});

describe('delete and retention', () => {
  it('delete removes the record with its sealed data key; delete all empties the table', async () => {
    const { vault, db } = makeVault();
    await vault.setup(PASS);
    const a = await vault.saveDraft(draftInput());
    await vault.saveDraft(draftInput());
    await vault.deleteDraft(a.id);
    expect(await db.drafts.get(a.id)).toBeUndefined();
    await expect(vault.openDraft(a.id)).rejects.toMatchObject({ code: 'ERR_BAD_MESSAGE' });
    expect(await vault.deleteAll()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
  });

  it('rename changes the encrypted title only', async () => {
    const { vault } = makeVault();
    await vault.setup(PASS);
    const a = await vault.saveDraft(draftInput());
    await vault.renameDraft(a.id, 'Renamed');
    const back = await vault.openDraft(a.id);
    expect(back.title).toBe('Renamed');
    expect(back.summary).toBe(a.summary);
    expect(back.createdAt).toBe(a.createdAt);
  });

  it('defaults match the managed policy defaults (7 days, 50 drafts)', async () => {
    const { DEFAULT_RETENTION } = await import('./types');
    expect(DEFAULT_RETENTION).toEqual({ maxAgeDays: 7, maxCount: 50 });
  });

  it('purges by age and by count (defaults overridable)', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { vault, db } = makeVault({ now: () => now, retention: { maxAgeDays: 7, maxCount: 3 } });
    await vault.setup(PASS);
    const old = await vault.saveDraft(draftInput({ title: 'old' }));
    now += 8 * 86_400_000;
    const ids = [];
    for (let i = 0; i < 4; i++) {
      now += 1000;
      ids.push((await vault.saveDraft(draftInput({ title: `d${i}` }))).id);
    }
    const left = (await db.drafts.toCollection().primaryKeys()).sort();
    expect(left).toEqual(ids.slice(1).sort()); // 'old' by age, d0 by count
    expect(left).not.toContain(old.id);
    await expect(vault.setRetention({ maxCount: -1 })).rejects.toMatchObject({ code: 'ERR_POLICY_INVALID' });
    await expect(vault.setRetention({ maxAgeDays: 1.5 })).rejects.toMatchObject({ code: 'ERR_POLICY_INVALID' });
    expect(await vault.setRetention({ maxCount: 1 })).toHaveLength(2);
    expect(await vault.setRetention({ maxAgeDays: 0 })).toHaveLength(1); // policy 0 = keep no drafts
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('offline queue', () => {
  it('stores requests encrypted, lists them oldest first, and dequeues', async () => {
    let now = 1;
    const { vault, db } = makeVault({ now: () => now++ });
    await vault.setup(PASS);
    const q1 = await vault.enqueue({ text: 'Jane Roe first' });
    const q2 = await vault.enqueue({ text: 'second' });
    expect(JSON.stringify(await db.queue.toArray())).not.toContain('Jane');
    expect((await vault.listQueue()).map((q) => q.id)).toEqual([q1.id, q2.id]);
    await vault.dequeue(q1.id);
    expect((await vault.listQueue()).map((q) => q.payload)).toEqual([{ text: 'second' }]);
  });
});

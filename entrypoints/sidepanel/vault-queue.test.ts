import { describe, expect, it } from 'vitest';
import { ChartVeilError } from '@/utils/errors';
import type { WireQueuedItem } from '@/utils/messaging/wire-protocol';
import { vaultQueueStorage, type QueueTransport } from './vault-queue';

interface FakeVault extends QueueTransport { locked: boolean; stored: WireQueuedItem[] }

function fakeVault(): FakeVault {
  const t: FakeVault = {
    locked: true,
    stored: [] as WireQueuedItem[],
    async load(): Promise<WireQueuedItem[]> {
      if (t.locked) throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault is locked');
      return structuredClone(t.stored);
    },
    async save(items: WireQueuedItem[]) {
      if (t.locked) throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault is locked');
      t.stored = structuredClone(items);
    },
  };
  return t;
}

const item = (id: string) => ({ id, createdAt: 1, attempts: 0, payload: { sanitized: `[NAME_1] ${id}` } });

describe('vaultQueueStorage', () => {
  it('stores the queue in the vault when unlocked', async () => {
    const v = fakeVault();
    v.locked = false;
    const s = vaultQueueStorage(v);
    await s.save([item('a')]);
    expect(v.stored.map((i) => i.id)).toEqual(['a']);
    expect((await s.load()).map((i) => i.id)).toEqual(['a']);
  });

  it('keeps items in memory while locked and moves them into the vault after unlock, losing none', async () => {
    const v = fakeVault();
    v.stored = [item('old')];
    const s = vaultQueueStorage(v);
    await s.save([item('a'), item('b')]);
    expect((await s.load()).map((i) => i.id)).toEqual(['a', 'b']);
    v.locked = false;
    expect((await s.load()).map((i) => i.id)).toEqual(['old', 'a', 'b']);
    expect(v.stored.map((i) => i.id)).toEqual(['old', 'a', 'b']);
  });

  it('passes other errors on instead of hiding them', async () => {
    const s = vaultQueueStorage({ load: async () => { throw new ChartVeilError('ERR_VAULT_CORRUPT', 'x'); }, save: async () => null });
    await expect(s.load()).rejects.toMatchObject({ code: 'ERR_VAULT_CORRUPT' });
  });
});

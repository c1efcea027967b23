/**
 * The offline queue's storage for the panel: encrypted in the vault's queue table through the
 * background (bg.queueLoad / bg.queueSave). While the vault is locked or not set up, items wait
 * in panel memory and are written to the vault on the next save or load after unlock.
 * Invariant: an item is never dropped by this layer; only the queue itself removes sent items.
 */
import { toSerializedError } from '@/utils/errors';
import { memoryQueueStorage, type QueuedItem, type QueueStorage } from '@/utils/gateway/queue';
import { sendToBackground } from '@/utils/messaging/client';
import type { WireQueuedItem } from '@/utils/messaging/wire-protocol';

const LOCKED = new Set(['ERR_VAULT_LOCKED']);

/** Transport to the background, injectable for tests. */
export interface QueueTransport {
  load(): Promise<WireQueuedItem[]>;
  save(items: WireQueuedItem[]): Promise<unknown>;
}

const bgTransport: QueueTransport = {
  load: () => sendToBackground('bg.queueLoad', {}),
  save: (items) => sendToBackground('bg.queueSave', { items }),
};

const isLocked = (e: unknown) => LOCKED.has(toSerializedError(e, 'ERR_VAULT_LOCKED').code);

/**
 * @example createOfflineQueue({ storage: vaultQueueStorage<SummaryRequest>(), send })
 */
export function vaultQueueStorage<T>(transport: QueueTransport = bgTransport): QueueStorage<T> {
  const memory = memoryQueueStorage<T>();
  return {
    async load() {
      let stored: QueuedItem<T>[];
      try {
        stored = (await transport.load()) as QueuedItem<T>[];
      } catch (e) {
        if (isLocked(e)) return memory.load();
        throw e;
      }
      const waiting = (await memory.load()).filter((m) => !stored.some((s) => s.id === m.id));
      if (waiting.length === 0) return stored;
      const merged = [...stored, ...waiting];
      await transport.save(merged as WireQueuedItem[]);
      await memory.save([]);
      return merged;
    },
    async save(items) {
      try {
        await transport.save(items as WireQueuedItem[]);
        await memory.save([]);
      } catch (e) {
        if (!isLocked(e)) throw e;
        await memory.save(items);
      }
    },
  };
}

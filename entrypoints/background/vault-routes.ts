/**
 * Routes for the vault/audit slice (utils/vault/protocol.ts) and the audit/queue messages
 * (utils/messaging/wire-protocol.ts), spread into the background's routes table. The vault service
 * is created on first use. Invariant: the panel's offline queue is stored only encrypted, as one
 * vault queue record; a new record is written before the old one is deleted, so a kill never loses it.
 */
import type { BgProtocol } from '@/utils/messaging/bg-protocol';
import type { Handlers } from '@/utils/messaging/types';
import type { WireBgProtocol, WireQueuedItem } from '@/utils/messaging/wire-protocol';
import { vaultRoutes, vaultValidators, type VaultBgProtocol } from '@/utils/vault/protocol';
import { appendAudit, vaultHost } from './vault-host';

interface QueueRecord {
  rev: number;
  items: WireQueuedItem[];
}

const isQueueRecord = (p: unknown): p is QueueRecord =>
  typeof p === 'object' && p !== null && typeof (p as QueueRecord).rev === 'number' && Array.isArray((p as QueueRecord).items);

let queueChain: Promise<unknown> = Promise.resolve();
let lastRev = 0;

/** The newest stored queue (a record left by a kill between write and delete is older). */
async function loadQueue(): Promise<WireQueuedItem[]> {
  const records = (await vaultHost().vault.listQueue()).map((r) => r.payload).filter(isQueueRecord);
  records.sort((a, b) => b.rev - a.rev);
  return records[0]?.items ?? [];
}

async function saveQueue(items: WireQueuedItem[]): Promise<null> {
  const { vault } = vaultHost();
  const old = await vault.listQueue();
  lastRev = Math.max(lastRev + 1, Date.now());
  await vault.enqueue({ rev: lastRev, items } satisfies QueueRecord);
  for (const r of old) await vault.dequeue(r.id);
  return null;
}

/** Runs queue operations one at a time, in arrival order. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queueChain.then(work, work);
  queueChain = next.catch(() => undefined);
  return next;
}

const lazyVaultRoutes = Object.fromEntries(
  (Object.keys(vaultValidators) as (keyof VaultBgProtocol)[]).map((type) => [
    type,
    async (data: never, sender: never) => {
      const routes = vaultRoutes(await vaultHost().service) as Record<string, (d: never, s: never) => unknown>;
      return routes[type]!(data, sender);
    },
  ]),
) as unknown as Pick<Handlers<BgProtocol>, keyof VaultBgProtocol>;

export const vaultHostRoutes: Pick<Handlers<BgProtocol>, keyof VaultBgProtocol | keyof WireBgProtocol> = {
  ...lazyVaultRoutes,
  'bg.auditAppend': ({ event }) => appendAudit(event),
  'bg.queueLoad': () => serial(loadQueue),
  'bg.queueSave': ({ items }) => serial(() => saveQueue(items)),
};

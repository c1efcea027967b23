/**
 * Offline queue for summarize requests made while every gateway is down. Invariant: nothing is
 * lost: an item leaves the queue only after its send succeeded; failures keep it (with the
 * error code) in FIFO order. Storage is an interface so the vault can encrypt it at rest;
 * payloads may carry PHI-derived data, so give it encrypted or session-only storage.
 */
import { ChartVeilError, type ErrorCode } from '../errors.ts';

export interface QueuedItem<T> {
  id: string;
  /** Epoch ms when queued. */
  createdAt: number;
  attempts: number;
  payload: T;
  lastError?: ErrorCode;
  /** Set when a retry cannot help (e.g. PHI rejected): kept for the user, not auto-sent. */
  held?: boolean;
}

/** Persistence for the queue: one list, read and written whole (easy to encrypt as a blob). */
export interface QueueStorage<T> {
  load(): Promise<QueuedItem<T>[]>;
  save(items: QueuedItem<T>[]): Promise<void>;
}

/** In-memory storage (tests, or `session:`-only use). */
export function memoryQueueStorage<T>(): QueueStorage<T> & { items: QueuedItem<T>[] } {
  const s = {
    items: [] as QueuedItem<T>[],
    async load() { return structuredClone(s.items); },
    async save(items: QueuedItem<T>[]) { s.items = structuredClone(items); },
  };
  return s;
}

export interface FlushResult { sent: string[]; remaining: number; stoppedBy?: ErrorCode }

export interface OfflineQueue<T> {
  enqueue(payload: T): Promise<QueuedItem<T>>;
  list(): Promise<QueuedItem<T>[]>;
  /** Sends queued items oldest first; stops at the first gateway-level failure. Concurrent calls share one run. */
  flush(): Promise<FlushResult>;
  /** Removes an item the user discarded explicitly. */
  remove(id: string): Promise<void>;
  /** Retries `flush` with exponential backoff until the queue is empty; returns a stop function. */
  startAutoFlush(opts?: { initialDelayMs?: number; maxDelayMs?: number }): () => void;
}

/** Errors that retrying cannot fix: hold the item for the user and go on with the next.
 * Any other failure (unavailable, auth, quota...) stops the run and keeps everything. */
const HOLD_CODES: ErrorCode[] = ['ERR_GATEWAY_PHI_REJECTED'];

/**
 * Creates the queue. `send` performs one request and resolves when its result is safely stored.
 * @example
 * const q = createOfflineQueue({ storage: memoryQueueStorage(), send: (p) => summarize(p) });
 * await q.enqueue(request); // later, when the gateway is back: await q.flush();
 */
export function createOfflineQueue<T>(opts: {
  storage: QueueStorage<T>;
  send: (payload: T, item: QueuedItem<T>) => Promise<void>;
  onChange?: (items: QueuedItem<T>[]) => void;
  now?: () => number;
}): OfflineQueue<T> {
  const now = opts.now ?? Date.now;
  let running: Promise<FlushResult> | undefined;
  let seq = 0;
  // Serialise every read-modify-write so enqueue during a flush is never overwritten.
  let chain: Promise<unknown> = Promise.resolve();
  const mutate = <R>(fn: (items: QueuedItem<T>[]) => R | Promise<R>): Promise<R> => {
    const next = chain.then(async () => {
      const items = await opts.storage.load();
      const result = await fn(items);
      await opts.storage.save(items);
      opts.onChange?.(items);
      return result;
    });
    chain = next.catch(() => {});
    return next;
  };

  const runFlush = async (): Promise<FlushResult> => {
    const sent: string[] = [];
    for (;;) {
      const items = await opts.storage.load();
      const item = items.find((i) => !i.held && !sent.includes(i.id));
      if (!item) return { sent, remaining: items.length };
      try {
        await opts.send(item.payload, item);
        await mutate((all) => { const k = all.findIndex((i) => i.id === item.id); if (k >= 0) all.splice(k, 1); });
        sent.push(item.id);
      } catch (err) {
        const code: ErrorCode = err instanceof ChartVeilError ? err.code : 'ERR_GATEWAY_UNAVAILABLE';
        await mutate((all) => {
          const it = all.find((i) => i.id === item.id);
          if (it) { it.attempts++; it.lastError = code; if (HOLD_CODES.includes(code)) it.held = true; }
        });
        if (!HOLD_CODES.includes(code)) {
          return { sent, remaining: (await opts.storage.load()).length, stoppedBy: code };
        }
      }
    }
  };

  const queue: OfflineQueue<T> = {
    enqueue: (payload) => mutate((items) => {
      const item: QueuedItem<T> = { id: `q-${now().toString(36)}-${(seq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`, createdAt: now(), attempts: 0, payload };
      items.push(item);
      return item;
    }),
    list: () => opts.storage.load(),
    flush: () => (running ??= runFlush().finally(() => { running = undefined; })),
    remove: (id) => mutate((items) => { const k = items.findIndex((i) => i.id === id); if (k >= 0) items.splice(k, 1); }),
    startAutoFlush({ initialDelayMs = 2000, maxDelayMs = 60_000 } = {}) {
      let delay = initialDelayMs;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const tick = async () => {
        const result = await queue.flush().catch(() => ({ sent: [], remaining: 1, stoppedBy: 'ERR_GATEWAY_UNAVAILABLE' as const }));
        if (stopped || result.remaining === 0 || !result.stoppedBy) return;
        delay = result.sent.length > 0 ? initialDelayMs : Math.min(delay * 2, maxDelayMs);
        timer = setTimeout(tick, delay);
      };
      timer = setTimeout(tick, 0);
      return () => { stopped = true; clearTimeout(timer); };
    },
  };
  return queue;
}

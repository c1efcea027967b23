/**
 * Per-user daily token quota. Counters live in memory by default, or in Redis (REDIS_URL) so
 * that several stateless replicas share one budget. Keys hold a hash of the subject and the
 * UTC day, never a name; they expire after two days.
 */
import { createHash } from 'node:crypto';
import { createClient } from 'redis';

export interface QuotaStore {
  /** Adds `tokens` to the user's counter for `day` and returns the new total. */
  add(key: string, tokens: number): Promise<number>;
  get(key: string): Promise<number>;
  close(): Promise<void>;
}

/** In-process counters: fine for one replica or dev. */
export function memoryQuotaStore(): QuotaStore {
  const counts = new Map<string, number>();
  return {
    async add(key, tokens) {
      const next = (counts.get(key) ?? 0) + tokens;
      counts.set(key, next);
      return next;
    },
    async get(key) {
      return counts.get(key) ?? 0;
    },
    async close() {
      counts.clear();
    },
  };
}

/** Redis counters (INCRBY + EXPIRE), shared by every replica pointing at the same Redis. */
export async function redisQuotaStore(url: string): Promise<QuotaStore> {
  const client = createClient({ url, socket: { reconnectStrategy: (n) => Math.min(n * 100, 2000) } });
  client.on('error', () => { /* reconnects; no URL or key in logs */ });
  await client.connect();
  return {
    async add(key, tokens) {
      const [total] = (await client.multi().incrBy(key, tokens).expire(key, 2 * 86_400).exec()) as unknown as [number];
      return Number(total);
    },
    async get(key) {
      return Number((await client.get(key)) ?? 0);
    },
    async close() {
      await client.quit().catch(() => client.destroy());
    },
  };
}

/** Rough token estimate (≈4 characters per token) used when upstream reports no usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export interface Quota {
  /** Throws-free check: how many tokens the user has left today (Infinity when disabled). */
  remaining(sub: string): Promise<number>;
  charge(sub: string, tokens: number): Promise<number>;
}

/**
 * Binds a store to a daily limit. Keys: `chartveil:quota:<sha256(sub)[:16]>:<YYYY-MM-DD>`.
 * @example const q = createQuota(memoryQuotaStore(), 1000); await q.charge('u1', 10);
 */
export function createQuota(store: QuotaStore, dailyLimit: number, now: () => Date = () => new Date()): Quota {
  const key = (sub: string) =>
    `chartveil:quota:${createHash('sha256').update(sub).digest('hex').slice(0, 16)}:${now().toISOString().slice(0, 10)}`;
  return {
    async remaining(sub) {
      if (!dailyLimit) return Infinity;
      return dailyLimit - (await store.get(key(sub)));
    },
    async charge(sub, tokens) {
      if (!dailyLimit || tokens <= 0) return 0;
      return store.add(key(sub), tokens);
    },
  };
}

/** Short pseudonymous id for logs: a hash prefix of the subject, never the subject itself. */
export function userTag(sub: string): string {
  return createHash('sha256').update(`log:${sub}`).digest('hex').slice(0, 10);
}

/**
 * Draft retention: purge by age and by count, using only the clear `updated` index, so it also
 * runs while the vault is locked. Invariant: policy values are validated (invalid -> ERR_POLICY_INVALID) and a purge deletes whole records (with their sealed data keys) in one transaction.
 */
import { ChartVeilError } from '../errors';
import type { VaultDb } from './drafts-db';
import { DEFAULT_RETENTION, type RetentionPolicy } from './types';

const DAY_MS = 86_400_000;

/**
 * Merges policy overrides (policy keys draftRetentionDays -> maxAgeDays, maxDrafts -> maxCount)
 * onto the defaults; rejects values that are not integers >= 0. Zero means "keep no drafts".
 * @example resolveRetention({ maxCount: 20 }) // { maxAgeDays: 7, maxCount: 20 }
 */
export function resolveRetention(overrides: Partial<RetentionPolicy> = {}): RetentionPolicy {
  const out = { ...DEFAULT_RETENTION, ...overrides };
  for (const k of ['maxAgeDays', 'maxCount'] as const) {
    if (!Number.isInteger(out[k]) || out[k] < 0) throw new ChartVeilError('ERR_POLICY_INVALID', `Retention ${k} must be an integer >= 0`);
  }
  return out;
}

/**
 * Deletes drafts older than `maxAgeDays` and the least recently updated beyond `maxCount`.
 * @returns the ids deleted (ids are random UUIDs, not PHI)
 */
export async function purgeDrafts(db: VaultDb, policy: RetentionPolicy, now: number): Promise<string[]> {
  return db.transaction('rw', db.drafts, async () => {
    if (policy.maxAgeDays === 0 || policy.maxCount === 0) {
      const all = (await db.drafts.toCollection().primaryKeys()) as string[];
      await db.drafts.clear();
      return all;
    }
    const cutoff = now - policy.maxAgeDays * DAY_MS;
    const expired = (await db.drafts.where('updated').below(cutoff).primaryKeys()) as string[];
    await db.drafts.bulkDelete(expired);
    const newestFirst = (await db.drafts.orderBy('updated').reverse().primaryKeys()) as string[];
    const surplus = newestFirst.slice(policy.maxCount);
    await db.drafts.bulkDelete(surplus);
    return [...expired, ...surplus];
  });
}

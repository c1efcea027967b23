/**
 * The vault's lock/unlock state machine and its draft and offline-queue operations.
 * States: 'uninitialized' (no wrapped key yet) -> 'unlocked' <-> 'locked'. The key lives only in
 * the injected KeyStore; each operation loads a copy and wipes it after use.
 * Invariants: lock zeroes the key and clears decrypted caches *before* announcing 'locked'
 * (Bitwarden's order); a wrong passphrase changes nothing; a corrupt record fails alone.
 */
import { ChartVeilError } from '../errors';
import { randomKey, wipe } from './cipher';
import { decryptRecord, encryptRecord, VaultDb, type VaultMeta } from './drafts-db';
import { DEFAULT_KDF, passphraseWrapper, type KdfChoice, type KeyWrapper } from './keys';
import { MemoryKeyStore, type KeyStore } from './key-store';
import { normalizeIdentifiers, patientContextIdFor } from './patient-context';
import { purgeDrafts, resolveRetention } from './retention';
import { RECORD_SCHEMA, type Draft, type DraftInput, type DraftSummary, type QueuedRequest, type RetentionPolicy } from './types';

export type VaultState = 'uninitialized' | 'locked' | 'unlocked';
export type LockReason = 'manual' | 'idle' | 'screen-locked' | 'policy';

export interface VaultOptions {
  db?: VaultDb;
  keyStore?: KeyStore;
  /** KDF used when a passphrase is set (stored with the wrapped key). */
  kdf?: KdfChoice;
  retention?: Partial<RetentionPolicy>;
  now?: () => number;
  newId?: () => string;
}

export class Vault {
  readonly db: VaultDb;
  readonly #keys: KeyStore;
  readonly #kdf: KdfChoice;
  readonly #now: () => number;
  readonly #newId: () => string;
  #retention: RetentionPolicy;
  /** Decrypted drafts opened in this context; cleared on lock. */
  readonly #cache = new Map<string, Draft>();
  readonly #listeners = new Set<(state: VaultState, reason?: LockReason) => void>();

  constructor(opts: VaultOptions = {}) {
    this.db = opts.db ?? new VaultDb();
    this.#keys = opts.keyStore ?? new MemoryKeyStore();
    this.#kdf = opts.kdf ?? DEFAULT_KDF;
    this.#retention = resolveRetention(opts.retention);
    this.#now = opts.now ?? Date.now;
    this.#newId = opts.newId ?? (() => crypto.randomUUID());
  }

  /** Current state, read from the meta row and the key store. */
  async state(): Promise<VaultState> {
    if (!(await this.db.meta.get('vault'))) return 'uninitialized';
    const key = await this.#keys.load();
    wipe(key);
    return key ? 'unlocked' : 'locked';
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  onStateChange(listener: (state: VaultState, reason?: LockReason) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies a new retention policy (from managed policy) and purges under it. */
  async setRetention(overrides: Partial<RetentionPolicy>): Promise<string[]> {
    this.#retention = resolveRetention(overrides);
    return this.purge();
  }

  /**
   * First run: creates a random vault key, wraps it with the passphrase and unlocks.
   * @example await vault.setup('a long passphrase')
   */
  async setup(passphrase: string): Promise<void> {
    if (passphrase.length < 8) throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Passphrase must be at least 8 characters');
    if (await this.db.meta.get('vault')) throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Vault already has a passphrase');
    const key = randomKey();
    try {
      const slot = await passphraseWrapper(passphrase, this.#kdf).wrap(key);
      const meta: VaultMeta = { key: 'vault', schema: RECORD_SCHEMA, created: this.#now(), slots: [slot] };
      await this.db.transaction('rw', this.db.meta, async () => {
        if (await this.db.meta.get('vault')) throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Vault already has a passphrase');
        await this.db.meta.add(meta);
      });
      await this.#keys.save(key);
    } finally {
      wipe(key);
    }
    this.#announce('unlocked');
  }

  /**
   * Unlocks with a passphrase (or any KeyWrapper, e.g. WebAuthn PRF). Wrong secret: throws
   * ERR_VAULT_PASSPHRASE and writes nothing.
   */
  async unlock(secret: string | KeyWrapper): Promise<void> {
    const meta = await this.db.meta.get('vault');
    if (!meta) throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault has not been set up');
    const wrapper = typeof secret === 'string' ? passphraseWrapper(secret, this.#kdf) : secret;
    const slot = meta.slots.find((s) => s.kind === wrapper.kind);
    if (!slot) throw new ChartVeilError('ERR_VAULT_PASSPHRASE', `No ${wrapper.kind} unlock is set up`);
    const key = await wrapper.unwrap(slot);
    try {
      await this.#keys.save(key);
    } finally {
      wipe(key);
    }
    this.#announce('unlocked');
    await this.purge();
  }

  /** Replaces the passphrase slot; needs the current passphrase. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (next.length < 8) throw new ChartVeilError('ERR_VAULT_PASSPHRASE', 'Passphrase must be at least 8 characters');
    const meta = await this.db.meta.get('vault');
    const slot = meta?.slots.find((s) => s.kind === 'passphrase');
    if (!meta || !slot) throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault has not been set up');
    const key = await passphraseWrapper(current).unwrap(slot);
    try {
      const fresh = await passphraseWrapper(next, this.#kdf).wrap(key);
      await this.db.meta.update('vault', { slots: [...meta.slots.filter((s) => s.kind !== 'passphrase'), fresh] });
    } finally {
      wipe(key);
    }
  }

  /**
   * Adds (or replaces) a non-passphrase unlock method, e.g. WebAuthn PRF. Needs the vault unlocked.
   * The passphrase slot stays, so losing the authenticator never loses the drafts.
   */
  async addUnlockMethod(wrapper: KeyWrapper): Promise<void> {
    if (wrapper.kind === 'passphrase') throw new ChartVeilError('ERR_BAD_MESSAGE', 'Use changePassphrase for the passphrase');
    const slot = await this.#withKey((key) => wrapper.wrap(key));
    await this.db.transaction('rw', this.db.meta, async () => {
      const meta = await this.db.meta.get('vault');
      if (!meta) throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault has not been set up');
      await this.db.meta.update('vault', { slots: [...meta.slots.filter((s) => s.kind !== wrapper.kind), slot] });
    });
  }

  /** Removes a non-passphrase unlock method (e.g. a lost security key). */
  async removeUnlockMethod(kind: Exclude<KeyWrapper['kind'], 'passphrase'>): Promise<void> {
    const meta = await this.db.meta.get('vault');
    if (meta) await this.db.meta.update('vault', { slots: meta.slots.filter((s) => s.kind !== kind) });
  }

  /** Which unlock methods are set up (the lock screen offers these). */
  async unlockMethods(): Promise<KeyWrapper['kind'][]> {
    return ((await this.db.meta.get('vault'))?.slots ?? []).map((s) => s.kind);
  }

  /**
   * An opaque, keyed id for the patient context shown in the EHR banner (see patient-context.ts).
   * @example await vault.patientContextId(['HOLLOWAY, MARGARET A', '00482913'])  // 'pc-3f…'
   */
  async patientContextId(identifiers: string[]): Promise<string> {
    const norm = normalizeIdentifiers(identifiers);
    return this.#withKey((key) => patientContextIdFor(key, norm));
  }

  /** Locks: zero the key, clear decrypted caches, then announce (in that order). */
  async lock(reason: LockReason = 'manual'): Promise<void> {
    await this.#keys.clear();
    for (const d of this.#cache.values()) d.placeholders.length = 0;
    this.#cache.clear();
    this.#announce('locked', reason);
  }

  /** Saves (creates or replaces) a draft in its own transaction; returns the stored draft. */
  async saveDraft(input: DraftInput): Promise<Draft> {
    const now = this.#now();
    const draft: Draft = { ...input, id: input.id ?? this.#newId(), createdAt: input.createdAt ?? now, updatedAt: now };
    await this.#withKey((key) => this.db.drafts.put(encryptRecord(key, 'draft', draft.id, draft.createdAt, now, draft)));
    this.#cache.set(draft.id, draft);
    await this.purge();
    return draft;
  }

  /** Decrypts one draft. Missing: ERR_BAD_MESSAGE; tampered: ERR_VAULT_CORRUPT (others still open). */
  async openDraft(id: string): Promise<Draft> {
    return this.#withKey(async (key) => {
      const record = await this.db.drafts.get(id);
      if (!record) throw new ChartVeilError('ERR_BAD_MESSAGE', 'No such draft');
      const draft = decryptRecord<Draft>(key, 'draft', record);
      if (draft.id !== id) throw new ChartVeilError('ERR_VAULT_CORRUPT', 'Stored draft id does not match');
      this.#cache.set(id, draft);
      return draft;
    });
  }

  /** Lists drafts, newest first; records that fail to decrypt are listed with `corrupt: true`. */
  async listDrafts(): Promise<DraftSummary[]> {
    return this.#withKey(async (key) => {
      const records = await this.db.drafts.orderBy('updated').reverse().toArray();
      return records.map((r): DraftSummary => {
        try {
          const d = decryptRecord<Draft>(key, 'draft', r);
          return { id: r.id, title: d.title, patientContextId: d.patientContextId, createdAt: d.createdAt, updatedAt: d.updatedAt };
        } catch {
          return { id: r.id, title: '', patientContextId: '', createdAt: r.created, updatedAt: r.updated, corrupt: true };
        }
      });
    });
  }

  /** Renames a draft (the title is encrypted like everything else). */
  async renameDraft(id: string, title: string): Promise<Draft> {
    const draft = await this.openDraft(id);
    return this.saveDraft({ ...draft, title });
  }

  /** Crypto-shreds one draft: the record and its sealed data key are deleted together. */
  async deleteDraft(id: string): Promise<void> {
    await this.db.drafts.delete(id);
    this.#cache.delete(id);
  }

  /** Deletes every draft (works while locked: deleting needs no key). */
  async deleteAll(): Promise<number> {
    const n = await this.db.drafts.count();
    await this.db.drafts.clear();
    this.#cache.clear();
    return n;
  }

  /** Applies retention now; returns the purged ids. */
  async purge(): Promise<string[]> {
    const gone = await purgeDrafts(this.db, this.#retention, this.#now());
    for (const id of gone) this.#cache.delete(id);
    return gone;
  }

  /** Stores a gateway request for later, encrypted like a draft. */
  async enqueue(payload: unknown): Promise<QueuedRequest> {
    const item: QueuedRequest = { id: this.#newId(), createdAt: this.#now(), payload };
    await this.#withKey((key) => this.db.queue.put(encryptRecord(key, 'queue', item.id, item.createdAt, item.createdAt, item)));
    return item;
  }

  /** Queued requests, oldest first. A corrupt entry is skipped so that it cannot block the rest. */
  async listQueue(): Promise<QueuedRequest[]> {
    return this.#withKey(async (key) => {
      const out: QueuedRequest[] = [];
      for (const r of await this.db.queue.orderBy('created').toArray()) {
        try {
          out.push(decryptRecord<QueuedRequest>(key, 'queue', r));
        } catch {
          // A corrupt queue entry cannot be sent; it stays for inspection and does not block the rest.
        }
      }
      return out;
    });
  }

  /** Removes a queued request once the gateway acknowledged it. */
  async dequeue(id: string): Promise<void> {
    await this.db.queue.delete(id);
  }

  async #withKey<T>(fn: (key: Uint8Array) => Promise<T> | T): Promise<T> {
    const key = await this.#keys.load();
    if (!key) {
      this.#cache.clear();
      throw new ChartVeilError('ERR_VAULT_LOCKED', 'Vault is locked');
    }
    try {
      return await fn(key);
    } finally {
      wipe(key);
    }
  }

  #announce(state: VaultState, reason?: LockReason) {
    for (const l of this.#listeners) {
      try {
        l(state, reason);
      } catch {
        // A failing listener must not stop the others from hearing about a lock.
      }
    }
  }
}

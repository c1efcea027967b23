/**
 * Where the unwrapped vault key waits between operations. The vault only talks to `KeyStore`,
 * so it runs unchanged in tests (MemoryKeyStore) and in the extension (SessionKeyStore, backed by
 * `storage.session` restricted to TRUSTED_CONTEXTS: memory only, never on disk, unreadable by
 * content scripts). Invariant: `load` returns a copy the caller may wipe; `clear` zeroes first.
 */
import { browser } from 'wxt/browser';

export interface KeyStore {
  /** A fresh copy of the key, or null when locked. */
  load(): Promise<Uint8Array | null>;
  save(key: Uint8Array): Promise<void>;
  /** Zeroes and forgets the key. */
  clear(): Promise<void>;
}

/** Keeps the key in this context's memory only (tests, or a single-context deployment). */
export class MemoryKeyStore implements KeyStore {
  #key: Uint8Array | null = null;
  async load() {
    return this.#key ? this.#key.slice() : null;
  }
  async save(key: Uint8Array) {
    this.#key?.fill(0);
    this.#key = key.slice();
  }
  async clear() {
    this.#key?.fill(0);
    this.#key = null;
  }
}

export const SESSION_KEY_ITEM = 'vaultKey';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Backs the key with `browser.storage.session`. Call `restrict()` once from the background at
 * start-up: it sets the access level to TRUSTED_CONTEXTS (the default in Chromium, set explicitly
 * so that a change of default cannot expose the key to content scripts).
 */
export class SessionKeyStore implements KeyStore {
  constructor(private readonly item: string = SESSION_KEY_ITEM) {}

  /** Restricts storage.session to extension pages and the service worker. */
  static async restrict(): Promise<void> {
    await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  }

  async load() {
    const got = await browser.storage.session.get(this.item);
    const value = got[this.item];
    return typeof value === 'string' ? fromBase64(value) : null;
  }
  async save(key: Uint8Array) {
    await browser.storage.session.set({ [this.item]: toBase64(key) });
  }
  async clear() {
    await browser.storage.session.remove(this.item);
  }
}

import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { startAutoLock, type IdleApi, type IdleState } from './auto-lock';
import { VaultDb } from './drafts-db';
import { MemoryKeyStore } from './key-store';
import { Vault } from './vault';

function fakeIdle() {
  const listeners = new Set<(s: IdleState) => void>();
  const api: IdleApi & { interval?: number; emit(s: IdleState): void } = {
    setDetectionInterval(s) { api.interval = s; },
    onStateChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
    emit: (s) => listeners.forEach((l) => l(s)),
  };
  return api;
}

describe('auto-lock', () => {
  it('defaults to 15 minutes, follows policy changes and clamps to the 15 s minimum', () => {
    const idle = fakeIdle();
    const a = startAutoLock({ idle, lock: vi.fn() });
    expect(idle.interval).toBe(900);
    a.setMinutes(5);
    expect(idle.interval).toBe(300);
    a.setMinutes(0.1);
    expect(idle.interval).toBe(15);
    expect(() => a.setMinutes(0)).toThrow(expect.objectContaining({ code: 'ERR_POLICY_INVALID' }));
  });

  it('idle and screen lock both lock the vault: the key is gone from the key store', async () => {
    const idle = fakeIdle();
    const keyStore = new MemoryKeyStore();
    const vault = new Vault({ db: new VaultDb(`autolock-${Date.now()}`), keyStore, kdf: { alg: 'pbkdf2-sha256', iterations: 1000 } });
    await vault.setup('a long passphrase');
    const reasons: unknown[] = [];
    vault.onStateChange((s, r) => reasons.push([s, r]));
    startAutoLock({ idle, minutes: 1, lock: (r) => vault.lock(r) });
    idle.emit('active');
    expect(await keyStore.load()).not.toBeNull();
    idle.emit('idle');
    await vi.waitFor(async () => expect(await keyStore.load()).toBeNull());
    expect(await vault.state()).toBe('locked');
    await vault.unlock('a long passphrase');
    idle.emit('locked');
    await vi.waitFor(async () => expect(await vault.state()).toBe('locked'));
    expect(reasons).toEqual([['locked', 'idle'], ['unlocked', undefined], ['locked', 'screen-locked']]);
    vault.db.close();
  });

  it('stop() detaches the listener', () => {
    const idle = fakeIdle();
    const lock = vi.fn();
    startAutoLock({ idle, lock }).stop();
    idle.emit('idle');
    expect(lock).not.toHaveBeenCalled();
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishVaultState, vaultStateItem } from './session-items';
import { PASS, makeVault } from './test-fixtures';

describe('session:vaultState', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows setup, lock and unlock; defaults to locked', async () => {
    expect(await vaultStateItem.getValue()).toBe('locked');
    const { vault } = makeVault();
    publishVaultState(vault);
    await vi.waitFor(async () => expect(await vaultStateItem.getValue()).toBe('uninitialized'));
    await vault.setup(PASS);
    await vi.waitFor(async () => expect(await vaultStateItem.getValue()).toBe('unlocked'));
    await vault.lock('idle');
    await vi.waitFor(async () => expect(await vaultStateItem.getValue()).toBe('locked'));
    vault.db.close();
  });

  it('a change during the initial read is not overwritten by the stale initial state', async () => {
    const { vault } = makeVault();
    await vault.setup(PASS);
    publishVaultState(vault);
    await vault.lock('manual'); // announced while the initial state() read may still be pending
    await new Promise((r) => setTimeout(r, 20));
    expect(await vaultStateItem.getValue()).toBe('locked');
    vault.db.close();
  });
});

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
});

/**
 * The vault's state as the panel sees it: `session:vaultState`, written only by the background
 * (after the key is zeroed and caches cleared) and watched by every open panel, which shows the
 * lock screen and drops its decrypted view on 'locked'. Holds no secret, only the state name.
 */
import { storage } from 'wxt/utils/storage';
import type { Vault, VaultState } from './vault';

export const vaultStateItem = storage.defineItem<VaultState>('session:vaultState', {
  fallback: 'locked',
  version: 1,
});

/**
 * Publishes the vault's current state now and after every change; returns the unsubscribe.
 * @example publishVaultState(vault) // in the background's main()
 */
export function publishVaultState(vault: Vault): () => void {
  let changed = false;
  const off = vault.onStateChange((s) => {
    changed = true;
    void vaultStateItem.setValue(s);
  });
  // The initial read must not overwrite a change that was announced while it was in flight.
  void vault.state().then((s) => {
    if (!changed) void vaultStateItem.setValue(s);
  });
  return off;
}

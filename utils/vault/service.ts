/**
 * The background's vault service: every vault operation the panel can ask for, each paired with
 * its audit entry (unlock, failed unlock, lock, draft save/open/delete, purge). Browser-free: the
 * background injects the Vault (with a SessionKeyStore), the AuditLog and a hook that clears the
 * panel's decrypted state. Invariant: on lock, decrypted state is cleared and the key zeroed before
 * anyone hears 'locked'; audit entries carry ids and counts only.
 */
import { recordId, type AuditEvent } from '../audit/events';
import type { AuditLog } from '../audit/log';
import { verifyEntries, type VerifyResult } from '../audit/verify';
import { ChartVeilError } from '../errors';
import type { KeyWrapper } from './keys';
import type { Draft, DraftInput, DraftSummary, RetentionPolicy } from './types';
import type { LockReason, Vault, VaultState } from './vault';

export interface VaultServiceDeps {
  vault: Vault;
  audit: AuditLog;
  /** Clears PHI-bearing state outside the vault (e.g. `session:analysis`) before 'locked' is announced. */
  clearDecryptedState?: () => Promise<void> | void;
}

export interface VaultStatus {
  state: VaultState;
  methods: KeyWrapper['kind'][];
}

/** @example const svc = createVaultService({ vault, audit, clearDecryptedState: () => analysisItem.removeValue() }) */
export function createVaultService({ vault, audit, clearDecryptedState }: VaultServiceDeps) {
  const log = async (event: AuditEvent) => {
    try {
      await audit.append(event);
    } catch {
      // An audit write failure must not hide the user's action result; the chain stays intact.
    }
  };
  const draftEvent = (type: 'draft.save' | 'draft.open' | 'draft.delete', id: string) => log({ type, draft: recordId(id) });

  const service = {
    async status(): Promise<VaultStatus> {
      return { state: await vault.state(), methods: await vault.unlockMethods() };
    },
    async setup(passphrase: string): Promise<VaultStatus> {
      await vault.setup(passphrase);
      await log({ type: 'vault.setup' });
      return service.status();
    },
    async unlock(passphrase: string): Promise<VaultStatus> {
      try {
        await vault.unlock(passphrase);
      } catch (error) {
        if (error instanceof ChartVeilError && error.code === 'ERR_VAULT_PASSPHRASE') await log({ type: 'vault.unlockFailed', method: 'passphrase' });
        throw error;
      }
      await log({ type: 'vault.unlock', method: 'passphrase' });
      return service.status();
    },
    /** Bitwarden order: clear decrypted state, zero the key and caches, then announce. */
    async lock(reason: LockReason = 'manual'): Promise<VaultStatus> {
      try {
        await clearDecryptedState?.();
      } finally {
        await vault.lock(reason);
      }
      await log({ type: 'vault.lock', reason });
      return service.status();
    },
    listDrafts(): Promise<DraftSummary[]> {
      return vault.listDrafts();
    },
    async openDraft(id: string): Promise<Draft> {
      const d = await vault.openDraft(id);
      await draftEvent('draft.open', id);
      return d;
    },
    async saveDraft(input: DraftInput): Promise<Draft> {
      const d = await vault.saveDraft(input);
      await draftEvent('draft.save', d.id);
      return d;
    },
    async renameDraft(id: string, title: string): Promise<Draft> {
      const d = await vault.renameDraft(id, title);
      await draftEvent('draft.save', d.id);
      return d;
    },
    async deleteDraft(id: string): Promise<void> {
      await vault.deleteDraft(id);
      await draftEvent('draft.delete', id);
    },
    async deleteAll(): Promise<number> {
      const count = await vault.deleteAll();
      await log({ type: 'draft.deleteAll', count });
      return count;
    },
    /** Applies policy retention (draftRetentionDays, maxDrafts) and logs how many were purged. */
    async applyRetention(policy: Partial<RetentionPolicy>): Promise<number> {
      const gone = await vault.setRetention(policy);
      if (gone.length) await log({ type: 'draft.purge', count: gone.length });
      return gone.length;
    },
    async verifyAudit(): Promise<VerifyResult> {
      return verifyEntries(await audit.entries(), audit.publicKey);
    },
    exportAudit(): Promise<string> {
      return audit.exportJsonl();
    },
  };
  return service;
}

export type VaultService = ReturnType<typeof createVaultService>;

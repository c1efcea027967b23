/**
 * The panel's vault section: lock screen while locked or new, the drafts list while unlocked,
 * and the audit verify view. Browser-free: the host passes `call` (sendToBackground once the vault
 * slice is merged into BgProtocol) and the published vault state. Invariant: on 'locked' the
 * decrypted list is dropped at once, whatever request is still in flight.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { toSerializedError, type SerializedError } from '../../utils/errors';
import type { VerifyResult } from '../../utils/audit/verify';
import type { VaultBgProtocol } from '../../utils/vault/protocol';
import type { Draft, DraftSummary } from '../../utils/vault/types';
import type { VaultState } from '../../utils/vault/vault';
import { AuditVerifyView } from '../audit/AuditVerifyView';
import { DraftsList } from './DraftsList';
import { LockScreen } from './LockScreen';
import { vaultErrorText } from './vault-text';

export type VaultCall = <K extends keyof VaultBgProtocol>(type: K, data: VaultBgProtocol[K]['req']) => Promise<VaultBgProtocol[K]['res']>;

export interface VaultSectionProps {
  /** From `session:vaultState` (publishVaultState in the background). */
  vaultState: VaultState;
  call: VaultCall;
  /** The host shows an opened draft in its preview/summary sections. */
  onOpenDraft: (draft: Draft) => void;
  /** Called when the vault locks so the host drops its decrypted view too. */
  onLocked?: () => void;
  /** Saves the JSONL export (the host owns downloads). */
  onExportAudit?: (jsonl: string) => void;
  activeDraftId?: string | null;
  /** Bump to re-read the drafts list (e.g. after the host's autosave stored a draft). */
  listVersion?: number;
}

/** @example <VaultSection vaultState={state} call={sendToBackground} onOpenDraft={show} /> */
export function VaultSection({ vaultState, call, onOpenDraft, onLocked, onExportAudit, activeDraftId, listVersion }: VaultSectionProps) {
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [error, setError] = useState<SerializedError | null>(null);
  const [busy, setBusy] = useState(false);
  const [audit, setAudit] = useState<VerifyResult | null>(null);
  const stateRef = useRef(vaultState);
  stateRef.current = vaultState;

  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(toSerializedError(e, 'ERR_VAULT_CORRUPT'));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const refresh = async () => {
    const list = await call('bg.draftsList', {});
    if (stateRef.current === 'unlocked') setDrafts(list);
  };

  useEffect(() => {
    if (vaultState === 'unlocked') void run(refresh);
    else {
      setDrafts([]);
      setAudit(null);
      if (vaultState === 'locked') onLocked?.();
    }
  }, [vaultState, listVersion]);

  if (vaultState !== 'unlocked') {
    return (
      <LockScreen mode={vaultState === 'uninitialized' ? 'setup' : 'unlock'} busy={busy} error={error}
        onSetup={(passphrase) => void run(() => call('bg.vaultSetup', { passphrase }))}
        onUnlock={(passphrase) => void run(() => call('bg.vaultUnlock', { passphrase }))}
        onClearError={() => setError(null)} />
    );
  }
  return (
    <div data-testid="vault-section">
      {error && <p class="cv-error" role="alert" data-testid="vault-error" data-code={error.code}>{vaultErrorText(error.code)}</p>}
      <DraftsList drafts={drafts} activeId={activeDraftId}
        onOpen={(id) => void run(async () => onOpenDraft(await call('bg.draftOpen', { id })))}
        onRename={(id, title) => void run(async () => { await call('bg.draftRename', { id, title }); await refresh(); })}
        onDelete={(id) => void run(async () => { await call('bg.draftDelete', { id }); await refresh(); })}
        onDeleteAll={() => void run(async () => { await call('bg.draftsDeleteAll', {}); await refresh(); })}
        onLock={() => void run(() => call('bg.vaultLock', {}))} />
      <AuditVerifyView result={audit} busy={busy}
        onVerify={() => void run(async () => setAudit(await call('bg.auditVerify', {})))}
        onExport={() => void run(async () => onExportAudit?.((await call('bg.auditExport', {})).jsonl))} />
    </div>
  );
}

/**
 * The vault's slice of the background protocol, ready to merge into utils/messaging/bg-protocol.ts
 * (types, validators, sender rules) and entrypoints/background/routes.ts (handlers). Only our own
 * extension pages may send these: a content script can never reach the vault.
 * Invariant: every payload is size-bounded and shape-checked before the service sees it.
 */
import { ENTITY_TYPES } from '../detection/types';
import { isArrayOf, isEmptyObject, isFiniteNumber, isOneOf, isRecord, isStringMax, optional } from '../messaging/guards';
import type { Handlers, SenderClass, Validators } from '../messaging/types';
import type { VerifyResult } from '../audit/verify';
import type { VaultService, VaultStatus } from './service';
import type { Draft, DraftInput, DraftSummary, PlaceholderEntry } from './types';

/** Longest text field a draft may carry (characters). */
export const DRAFT_MAX_CHARS = 1_000_000;

export type VaultBgProtocol = {
  'bg.vaultStatus': { req: Record<string, never>; res: VaultStatus };
  'bg.vaultSetup': { req: { passphrase: string }; res: VaultStatus };
  'bg.vaultUnlock': { req: { passphrase: string }; res: VaultStatus };
  'bg.vaultLock': { req: Record<string, never>; res: VaultStatus };
  'bg.draftsList': { req: Record<string, never>; res: DraftSummary[] };
  'bg.draftOpen': { req: { id: string }; res: Draft };
  'bg.draftSave': { req: { draft: DraftInput }; res: Draft };
  'bg.draftRename': { req: { id: string; title: string }; res: Draft };
  'bg.draftDelete': { req: { id: string }; res: null };
  'bg.draftsDeleteAll': { req: Record<string, never>; res: { deleted: number } };
  'bg.auditVerify': { req: Record<string, never>; res: VerifyResult };
  'bg.auditExport': { req: Record<string, never>; res: { jsonl: string } };
};

const isId = isStringMax(64);
const isPassphrase = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 1024;
const isPlaceholder = isRecord<PlaceholderEntry & Record<string, unknown>>({
  placeholder: isStringMax(64), entity: isOneOf(ENTITY_TYPES), original: isStringMax(1000),
});
const isDraftInput = isRecord<DraftInput>({
  id: optional(isId), createdAt: optional(isFiniteNumber),
  title: isStringMax(200), sanitizedText: isStringMax(DRAFT_MAX_CHARS), summary: isStringMax(DRAFT_MAX_CHARS),
  placeholders: isArrayOf(isPlaceholder, 5000), template: isStringMax(64), origin: isStringMax(2048),
  patientContextId: isStringMax(64),
});

export const vaultValidators: Validators<VaultBgProtocol> = {
  'bg.vaultStatus': isEmptyObject,
  'bg.vaultSetup': isRecord<{ passphrase: string }>({ passphrase: isPassphrase }),
  'bg.vaultUnlock': isRecord<{ passphrase: string }>({ passphrase: isPassphrase }),
  'bg.vaultLock': isEmptyObject,
  'bg.draftsList': isEmptyObject,
  'bg.draftOpen': isRecord<{ id: string }>({ id: isId }),
  'bg.draftSave': isRecord<{ draft: DraftInput }>({ draft: isDraftInput }),
  'bg.draftRename': isRecord<{ id: string; title: string }>({ id: isId, title: isStringMax(200) }),
  'bg.draftDelete': isRecord<{ id: string }>({ id: isId }),
  'bg.draftsDeleteAll': isEmptyObject,
  'bg.auditVerify': isEmptyObject,
  'bg.auditExport': isEmptyObject,
};

/** Merge into SENDER_RULES: extension pages only. */
export const VAULT_SENDER_RULES = Object.fromEntries(
  Object.keys(vaultValidators).map((k) => [k, ['extension-page'] as const]),
) as { [K in keyof VaultBgProtocol]: readonly ['extension-page'] } satisfies Record<string, readonly SenderClass[]>;

/** The vault's routes, to spread into the background's routes table. */
export function vaultRoutes(svc: VaultService): Handlers<VaultBgProtocol> {
  return {
    'bg.vaultStatus': () => svc.status(),
    'bg.vaultSetup': ({ passphrase }) => svc.setup(passphrase),
    'bg.vaultUnlock': ({ passphrase }) => svc.unlock(passphrase),
    'bg.vaultLock': () => svc.lock('manual'),
    'bg.draftsList': () => svc.listDrafts(),
    'bg.draftOpen': ({ id }) => svc.openDraft(id),
    'bg.draftSave': ({ draft }) => svc.saveDraft(draft),
    'bg.draftRename': ({ id, title }) => svc.renameDraft(id, title),
    'bg.draftDelete': async ({ id }) => (await svc.deleteDraft(id), null),
    'bg.draftsDeleteAll': async () => ({ deleted: await svc.deleteAll() }),
    'bg.auditVerify': () => svc.verifyAudit(),
    'bg.auditExport': async () => ({ jsonl: await svc.exportAudit() }),
  };
}

/**
 * The background's vault and audit host: one Vault (key in storage.session, TRUSTED_CONTEXTS), one
 * memoised AuditLog, the vault service, auto-lock on idle/screen lock, retention and idle minutes
 * from policy, and audit delivery. The service worker is the only context that writes the audit
 * log or touches the vault. Invariant: on lock the panel's decrypted state (session:analysis,
 * session:patientContext) is cleared before 'locked' is announced.
 */
import { browser } from 'wxt/browser';
import { deliverPending } from '@/utils/audit/delivery';
import type { AuditEvent } from '@/utils/audit/events';
import { AuditLog } from '@/utils/audit/log';
import { toSerializedError } from '@/utils/errors';
import { analysisItem, EMPTY_STATE } from '@/utils/messaging/panel-state';
import { patientContextItem } from '@/utils/messaging/patient-context-state';
import { readEffectivePolicy, watchPolicy } from '@/utils/policy/reader';
import type { EffectivePolicy } from '@/utils/policy/merge';
import { startAutoLock, type AutoLock, type IdleApi } from '@/utils/vault/auto-lock';
import { SessionKeyStore } from '@/utils/vault/key-store';
import { createVaultService, type VaultService } from '@/utils/vault/service';
import { publishVaultState } from '@/utils/vault/session-items';
import { Vault } from '@/utils/vault/vault';
import { policyChangeEvent } from './policy-audit';

interface Host {
  vault: Vault;
  service: Promise<VaultService>;
}

let host: Host | undefined;
let auditOpening: Promise<AuditLog> | undefined;
let autoLock: AutoLock | undefined;
let auditEndpoint = '';
let delivery: ReturnType<typeof setTimeout> | undefined;

/** The install's audit log, opened once per worker instance (retried after a failed open). */
export function auditLog(): Promise<AuditLog> {
  auditOpening ??= AuditLog.open().catch((e: unknown) => {
    auditOpening = undefined;
    throw e;
  });
  return auditOpening;
}

/** The vault and its service, created on first use (keeps module import free of IndexedDB). */
export function vaultHost(): Host {
  if (!host) {
    const vault = new Vault({ keyStore: new SessionKeyStore() });
    const service = auditLog().then((audit) => createVaultService({ vault, audit, clearDecryptedState }));
    host = { vault, service };
  }
  return host;
}

async function clearDecryptedState(): Promise<void> {
  await Promise.all([analysisItem.setValue(EMPTY_STATE), patientContextItem.removeValue()]);
}

/**
 * Appends a PHI-free event (the vocabulary check runs inside AuditLog) and schedules delivery.
 * @example await appendAudit({ type: 'capture', chars: 120 })
 */
export async function appendAudit(event: AuditEvent): Promise<{ seq: number }> {
  const entry = await (await auditLog()).append(event);
  scheduleDelivery();
  return { seq: entry.seq };
}

/** Same as appendAudit, but a failure is reported by code only and never thrown (side paths). */
export async function appendAuditQuietly(event: AuditEvent): Promise<void> {
  try {
    await appendAudit(event);
  } catch (error) {
    console.warn(`ChartVeil audit write failed (${toSerializedError(error, 'ERR_BAD_MESSAGE').code})`);
  }
}

function scheduleDelivery(): void {
  if (!auditEndpoint) return;
  if (delivery) clearTimeout(delivery);
  delivery = setTimeout(() => {
    delivery = undefined;
    void auditLog()
      .then((log) => deliverPending(log, { endpoint: auditEndpoint, fetch: (...a: Parameters<typeof fetch>) => fetch(...a) }))
      .catch(() => undefined); // un-acked entries stay; the next append or start retries
  }, 2000);
}

let lastPolicy: EffectivePolicy | undefined;

function applyPolicy(p: EffectivePolicy): void {
  const v = p.values;
  auditEndpoint = v.auditEndpoint;
  try {
    autoLock?.setMinutes(v.idleLockMinutes);
  } catch {
    // An out-of-range value was already reported by the policy module; keep the current interval.
  }
  void vaultHost().service.then((svc) => svc.applyRetention({ maxAgeDays: v.draftRetentionDays, maxCount: v.maxDrafts })).catch(() => undefined);
  const previous = lastPolicy;
  lastPolicy = p;
  if (previous) void policyChangeEvent(previous.values, v).then((e) => e && appendAuditQuietly(e));
  scheduleDelivery();
}

/** The current policy revision as an audit slug, when policy sets one. */
export function currentPolicyRevision(): string | undefined {
  return lastPolicy?.values.policyRevision || undefined;
}

/**
 * Wires the vault into the worker. Call synchronously from the background's main(): the idle
 * listener must be registered at the top level so that an idle event wakes the worker.
 */
export function startVaultHost(): void {
  const { vault } = vaultHost();
  publishVaultState(vault);
  autoLock = startAutoLock({
    idle: browser.idle as unknown as IdleApi,
    lock: (reason) => vaultHost().service.then((svc) => svc.lock(reason)),
  });
  void readEffectivePolicy().then(applyPolicy, () => undefined);
  watchPolicy(applyPolicy);
}

/**
 * The background messages that let one context own the audit log and the encrypted offline queue:
 * the panel appends audit events and loads/saves its queue through the background, which holds the
 * AuditLog and the Vault. Extension pages only. Invariant: an audit event is checked against the
 * audit vocabulary (no free text) before the background sees it; queue payloads are size-bounded.
 */
import { validateEvent, type AuditEvent } from '../audit/events';
import { isEmptyObject, isRecord, type Guard } from './guards';
import type { SenderClass, Validators } from './types';

/** Largest queue (serialized JSON characters) the panel may hand to the vault in one save. */
export const QUEUE_MAX_JSON_CHARS = 4_000_000;

/** One queued gateway request as the panel's offline queue keeps it (utils/gateway/queue.ts QueuedItem). */
export interface WireQueuedItem {
  id: string;
  createdAt: number;
  attempts: number;
  payload: unknown;
  lastError?: string;
  held?: boolean;
}

export type WireBgProtocol = {
  /** Appends a PHI-free event to the hash-chained audit log (the background is its only writer). */
  'bg.auditAppend': { req: { event: AuditEvent }; res: { seq: number } };
  /** The panel's offline queue, decrypted (vault must be unlocked: ERR_VAULT_LOCKED otherwise). */
  'bg.queueLoad': { req: Record<string, never>; res: WireQueuedItem[] };
  /** Replaces the stored queue with `items`, encrypted in the vault's queue table. */
  'bg.queueSave': { req: { items: WireQueuedItem[] }; res: null };
};

const isAuditEvent: Guard<AuditEvent> = (v): v is AuditEvent => {
  try {
    validateEvent(v);
    return true;
  } catch {
    return false;
  }
};

const isQueueItem = (v: unknown): v is WireQueuedItem => {
  const o = v as Record<string, unknown>;
  return typeof o === 'object' && o !== null && typeof o.id === 'string' && o.id.length <= 64 &&
    typeof o.createdAt === 'number' && typeof o.attempts === 'number';
};

const isQueue: Guard<WireQueuedItem[]> = (v): v is WireQueuedItem[] => {
  if (!Array.isArray(v) || v.length > 1000 || !v.every(isQueueItem)) return false;
  try {
    return JSON.stringify(v).length <= QUEUE_MAX_JSON_CHARS;
  } catch {
    return false;
  }
};

export const wireValidators: Validators<WireBgProtocol> = {
  'bg.auditAppend': isRecord<{ event: AuditEvent }>({ event: isAuditEvent }),
  'bg.queueLoad': isEmptyObject,
  'bg.queueSave': isRecord<{ items: WireQueuedItem[] }>({ items: isQueue }),
};

/** Merge into SENDER_RULES: extension pages only (never a content script). */
export const WIRE_SENDER_RULES = {
  'bg.auditAppend': ['extension-page'],
  'bg.queueLoad': ['extension-page'],
  'bg.queueSave': ['extension-page'],
} as const satisfies { [K in keyof WireBgProtocol]: readonly SenderClass[] };

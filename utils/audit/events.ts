/**
 * The audit event vocabulary. Every field is a number, a boolean, a literal from a closed set, an
 * entity-count map, a SHA-256 hex digest, a random record id or a short slug (gateway/template id).
 * Invariant: no event can carry free text. The branded types make a plain string a compile error,
 * and `validateEvent` rejects at run time anything outside this vocabulary (so no PHI gets logged).
 */
import { ChartVeilError } from '../errors';
import { ENTITY_TYPES, type EntityType } from '../detection/types';

declare const brand: unique symbol;
/** 64 lowercase hex characters. */
export type Sha256Hex = string & { readonly [brand]: 'sha256' };
/** A configuration identifier: 1-64 of [a-z0-9._-], starting with a letter or digit. */
export type Slug = string & { readonly [brand]: 'slug' };
/** A random record id (UUID). */
export type RecordId = string & { readonly [brand]: 'record-id' };
export type EntityCounts = Partial<Record<EntityType, number>>;

const SHA256 = /^[0-9a-f]{64}$/;
const SLUG = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function checked<T extends string>(value: string, re: RegExp, what: string): T {
  if (typeof value !== 'string' || !re.test(value)) throw new ChartVeilError('ERR_BAD_MESSAGE', `Audit field is not a valid ${what}`);
  return value as T;
}

/** @example sha256Hex(bytesToHex(sha256(text))) */
export const sha256Hex = (v: string) => checked<Sha256Hex>(v, SHA256, 'SHA-256 digest');
/** @example slug('openai-gw') */
export const slug = (v: string) => checked<Slug>(v, SLUG, 'identifier');
/** @example recordId(crypto.randomUUID()) */
export const recordId = (v: string) => checked<RecordId>(v, UUID, 'record id');

export type UnlockMethod = 'passphrase' | 'webauthn-prf';
export type LockReason = 'manual' | 'idle' | 'screen-locked' | 'policy';
/** A clinician's "Report a miss" category (utils/review/feedback.ts). */
export type FeedbackKind = 'missed-phi' | 'false-mask';

export type AuditEvent =
  | { type: 'capture'; chars: number }
  | { type: 'sanitize'; counts: EntityCounts; ms: number; model: Slug }
  | { type: 'review'; added: EntityCounts; removed: EntityCounts }
  | { type: 'send'; gateway: Slug; template: Slug; sanitizedSha256: Sha256Hex; chars: number }
  | { type: 'receive'; gateway: Slug; chars: number; ms: number }
  | { type: 'insert'; chars: number; outputSha256?: Sha256Hex; inputSha256?: Sha256Hex; model?: Slug; policyRevision?: Slug }
  | { type: 'draft.save' | 'draft.open' | 'draft.delete'; draft: RecordId }
  | { type: 'draft.deleteAll' | 'draft.purge'; count: number }
  | { type: 'vault.setup' }
  | { type: 'vault.unlock' | 'vault.unlockFailed'; method: UnlockMethod }
  | { type: 'vault.lock'; reason: LockReason }
  | { type: 'auth.signIn'; issuer: Slug }
  | { type: 'auth.signOut' }
  | { type: 'policy.change'; keys: Slug[]; policySha256: Sha256Hex }
  | { type: 'feedback'; kind: FeedbackKind; entity?: EntityType; hash: Sha256Hex; modelVersion: Slug };

export type AuditEventType = AuditEvent['type'];

type FieldKind = 'count' | 'ms' | 'counts' | 'slug' | 'sha256' | 'id' | 'slugs' | readonly string[];
const COUNT: FieldKind = 'count';
const SCHEMA: Record<AuditEventType, Record<string, FieldKind>> = {
  capture: { chars: COUNT },
  sanitize: { counts: 'counts', ms: 'ms', model: 'slug' },
  review: { added: 'counts', removed: 'counts' },
  send: { gateway: 'slug', template: 'slug', sanitizedSha256: 'sha256', chars: COUNT },
  receive: { gateway: 'slug', chars: COUNT, ms: 'ms' },
  insert: { chars: COUNT, outputSha256: 'sha256', inputSha256: 'sha256', model: 'slug', policyRevision: 'slug' },
  'draft.save': { draft: 'id' },
  'draft.open': { draft: 'id' },
  'draft.delete': { draft: 'id' },
  'draft.deleteAll': { count: COUNT },
  'draft.purge': { count: COUNT },
  'vault.setup': {},
  'vault.unlock': { method: ['passphrase', 'webauthn-prf'] },
  'vault.unlockFailed': { method: ['passphrase', 'webauthn-prf'] },
  'vault.lock': { reason: ['manual', 'idle', 'screen-locked', 'policy'] },
  'auth.signIn': { issuer: 'slug' },
  'auth.signOut': {},
  'policy.change': { keys: 'slugs', policySha256: 'sha256' },
  feedback: { kind: ['missed-phi', 'false-mask'], entity: ENTITY_TYPES, hash: 'sha256', modelVersion: 'slug' },
};

/** Fields an event may leave out (older entries and callers that do not know them). */
const OPTIONAL: Partial<Record<AuditEventType, readonly string[]>> = {
  insert: ['outputSha256', 'inputSha256', 'model', 'policyRevision'],
  feedback: ['entity'],
};

function fieldOk(kind: FieldKind, v: unknown): boolean {
  if (Array.isArray(kind)) return kind.includes(v as string);
  switch (kind) {
    case 'count': return Number.isSafeInteger(v) && (v as number) >= 0;
    case 'ms': return typeof v === 'number' && Number.isFinite(v) && v >= 0;
    case 'slug': return typeof v === 'string' && SLUG.test(v);
    case 'sha256': return typeof v === 'string' && SHA256.test(v);
    case 'id': return typeof v === 'string' && UUID.test(v);
    case 'slugs': return Array.isArray(v) && v.length <= 64 && v.every((s) => typeof s === 'string' && SLUG.test(s));
    case 'counts':
      return typeof v === 'object' && v !== null && !Array.isArray(v) &&
        Object.entries(v).every(([k, n]) => (ENTITY_TYPES as readonly string[]).includes(k) && Number.isSafeInteger(n) && n >= 0);
  }
  return false;
}

/**
 * Checks an event against the vocabulary: known type, exactly the expected fields, each of the
 * right kind. Throws ERR_BAD_MESSAGE naming the field (never its value).
 */
export function validateEvent(event: unknown): AuditEvent {
  const e = event as Record<string, unknown>;
  const fields = typeof e === 'object' && e !== null ? SCHEMA[e.type as AuditEventType] : undefined;
  if (!fields || !Object.hasOwn(SCHEMA, e.type as string)) throw new ChartVeilError('ERR_BAD_MESSAGE', 'Unknown audit event type');
  for (const k of Object.keys(e)) {
    if (k !== 'type' && !(k in fields)) throw new ChartVeilError('ERR_BAD_MESSAGE', `Audit event ${String(e.type)} has unexpected field ${k.slice(0, 32).replace(/[^\w.-]/g, '?')}`);
  }
  for (const [k, kind] of Object.entries(fields)) {
    if (e[k] === undefined && OPTIONAL[e.type as AuditEventType]?.includes(k)) continue;
    if (!fieldOk(kind, e[k])) throw new ChartVeilError('ERR_BAD_MESSAGE', `Audit event ${String(e.type)} has an invalid ${k}`);
  }
  return e as unknown as AuditEvent;
}

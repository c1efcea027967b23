/**
 * "Report a miss": a missed-PHI or false-mask report the clinician sends from the review preview.
 * Invariant: a report never carries text. It holds the category, an entity type, a SHA-256 of a
 * per-install random salt + the selected text (the salt never leaves the device), the model version
 * and the policy revision. `isFeedbackReport` rejects anything else, so no text can slip through.
 */
import { ENTITY_TYPES, type EntityType } from '../detection/types';
import { sha256Hex, slug, type AuditEvent, type Sha256Hex } from '../audit/events';

export const FEEDBACK_KINDS = ['missed-phi', 'false-mask'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** What leaves the device (or goes into the audit log): no text, ever. */
export interface FeedbackReport {
  kind: FeedbackKind;
  entity?: EntityType;
  /** hex SHA-256 of (salt + selected text); the salt stays on this device. */
  saltedHash: string;
  modelVersion: string;
  policyRevision?: string;
  /** ISO 8601 time of the report. */
  at: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
/** Model version and policy revision are identifiers, not prose: short, no spaces. */
const IDENT = /^[A-Za-z0-9][A-Za-z0-9._:+-]{0,63}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A fresh per-install salt: 32 random bytes as hex. */
export function newSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** An identifier safe for a report: kept when it already is one, else slugged (e.g. a free-text policy revision). */
export function reportIdent(value: string): string | undefined {
  if (IDENT.test(value)) return value;
  const s = value.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64).replace(/-+$/, '');
  return s || undefined;
}

/**
 * Builds a report. `text` is hashed together with `salt` and then dropped.
 * @example await buildFeedbackReport({ kind: 'false-mask', entity: 'NAME', text: 'HFpEF', salt, modelVersion: 'phi-ner-1' })
 */
export async function buildFeedbackReport(input: {
  kind: FeedbackKind;
  entity?: EntityType;
  text: string;
  salt: string;
  modelVersion: string;
  policyRevision?: string;
  now?: Date;
}): Promise<FeedbackReport> {
  const data = new TextEncoder().encode(input.salt + input.text.trim());
  const saltedHash = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
  const policyRevision = input.policyRevision ? reportIdent(input.policyRevision) : undefined;
  return {
    kind: input.kind,
    ...(input.entity && { entity: input.entity }),
    saltedHash,
    modelVersion: reportIdent(input.modelVersion) ?? 'unknown',
    ...(policyRevision && { policyRevision }),
    at: (input.now ?? new Date()).toISOString(),
  };
}

/** Exact-shape guard: only the report's fields, each in its closed format. */
export function isFeedbackReport(v: unknown): v is FeedbackReport {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  const allowed = ['kind', 'entity', 'saltedHash', 'modelVersion', 'policyRevision', 'at'];
  if (Object.keys(r).some((k) => !allowed.includes(k))) return false;
  return (FEEDBACK_KINDS as readonly unknown[]).includes(r.kind) &&
    (r.entity === undefined || (ENTITY_TYPES as readonly unknown[]).includes(r.entity)) &&
    typeof r.saltedHash === 'string' && HEX64.test(r.saltedHash) &&
    typeof r.modelVersion === 'string' && IDENT.test(r.modelVersion) &&
    (r.policyRevision === undefined || (typeof r.policyRevision === 'string' && IDENT.test(r.policyRevision))) &&
    typeof r.at === 'string' && ISO.test(r.at);
}

/** The audit entry for a report that was not delivered to an endpoint (kind, entity, hash, model only). */
export function feedbackAuditEvent(r: FeedbackReport): AuditEvent {
  const hash: Sha256Hex = sha256Hex(r.saltedHash);
  const modelVersion = slug(r.modelVersion.toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64) || 'unknown');
  return { type: 'feedback', kind: r.kind, ...(r.entity && { entity: r.entity }), hash, modelVersion };
}

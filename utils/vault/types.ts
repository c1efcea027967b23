/**
 * Shapes of what the vault stores, decrypted (Draft, QueuedRequest) and encrypted (EncryptedRecord).
 * Invariant: an EncryptedRecord carries only id, created and updated in clear; every other field,
 * including the title and the patient-context id, lives inside `body`.
 */
import type { EntityType } from '../detection/types';
import type { Sealed } from './cipher';

/** Version of the record format; bound into every record's AAD. */
export const RECORD_SCHEMA = 1;

export interface PlaceholderEntry {
  placeholder: string;
  entity: EntityType;
  original: string;
}

/** A clinician's draft, as the panel sees it once decrypted. */
export interface Draft {
  id: string;
  title: string;
  sanitizedText: string;
  placeholders: PlaceholderEntry[];
  summary: string;
  template: string;
  /** Origin of the EHR page the text was captured from. */
  origin: string;
  /** Opaque id of the patient context (a hash of the banner identifiers), never the identifiers. */
  patientContextId: string;
  createdAt: number;
  updatedAt: number;
}

/** What callers pass to save: id and timestamps are filled in by the vault when absent. */
export type DraftInput = Omit<Draft, 'id' | 'createdAt' | 'updatedAt'> & Partial<Pick<Draft, 'id' | 'createdAt'>>;

/** One line of the drafts list: only what the list shows. `corrupt` marks a record that did not open. */
export interface DraftSummary {
  id: string;
  title: string;
  patientContextId: string;
  createdAt: number;
  updatedAt: number;
  corrupt?: boolean;
}

/** A gateway request waiting for the network (the gateway owner defines `payload`). */
export interface QueuedRequest {
  id: string;
  createdAt: number;
  payload: unknown;
}

/** The stored form of a draft or a queued request. */
export interface EncryptedRecord {
  id: string;
  created: number;
  updated: number;
  /** The per-record data key, sealed under the vault key. Deleting the record shreds it. */
  dek: Sealed;
  /** The JSON body, sealed under the data key. */
  body: Sealed;
}

/** Retention limits; policy may override either. */
export interface RetentionPolicy {
  /** Drafts not updated for this many days are purged; 0 keeps no drafts. */
  maxAgeDays: number;
  /** At most this many drafts are kept, the least recently updated go first; 0 keeps none. */
  maxCount: number;
}

/** Same defaults as the managed policy keys draftRetentionDays (7) and maxDrafts (50). */
export const DEFAULT_RETENTION: RetentionPolicy = { maxAgeDays: 7, maxCount: 50 };

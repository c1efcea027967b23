/**
 * The vault's IndexedDB schema (Dexie): drafts, the offline queue and a meta row holding the
 * wrapped vault key. Record (de)serialisation with per-record data keys lives here too.
 * Invariant: nothing but id/created/updated is written in clear; each write is one transaction,
 * so an interrupted write leaves every other record (and the previous version) untouched.
 */
import { Dexie, type Table } from 'dexie';
import { ChartVeilError } from '../errors';
import { openJson, randomKey, sealJson, seal, open, wipe, type SealContext } from './cipher';
import type { WrappedKey } from './keys';
import { RECORD_SCHEMA, type EncryptedRecord } from './types';

export const VAULT_DB_NAME = 'chartveil-vault';

/** The single meta row: wrapped key slots and the schema they were made with. */
export interface VaultMeta {
  key: 'vault';
  schema: number;
  created: number;
  slots: WrappedKey[];
}

export class VaultDb extends Dexie {
  drafts!: Table<EncryptedRecord, string>;
  queue!: Table<EncryptedRecord, string>;
  meta!: Table<VaultMeta, string>;

  constructor(name: string = VAULT_DB_NAME) {
    super(name);
    this.version(1).stores({ drafts: 'id, updated', queue: 'id, created', meta: 'key' });
  }
}

type Purpose = 'draft' | 'queue';

/**
 * Encrypts a JSON body into a record: a fresh data key seals the body, the vault key seals the
 * data key; both AADs bind the record id and schema version.
 */
export function encryptRecord(vaultKey: Uint8Array, purpose: Purpose, id: string, created: number, updated: number, body: unknown): EncryptedRecord {
  const dataKey = randomKey();
  try {
    const ctx: SealContext = { purpose, id, schema: RECORD_SCHEMA };
    return {
      id, created, updated,
      dek: seal(vaultKey, dataKey, { purpose: 'dek', id: `${purpose}:${id}`, schema: RECORD_SCHEMA }),
      body: sealJson(dataKey, body, ctx),
    };
  } finally {
    wipe(dataKey);
  }
}

/** Decrypts a record; a malformed or tampered record throws ERR_VAULT_CORRUPT. */
export function decryptRecord<T>(vaultKey: Uint8Array, purpose: Purpose, record: EncryptedRecord): T {
  if (!record || typeof record.id !== 'string') throw new ChartVeilError('ERR_VAULT_CORRUPT', `Stored ${purpose} record is malformed`);
  const dataKey = open(vaultKey, record.dek, { purpose: 'dek', id: `${purpose}:${record.id}`, schema: RECORD_SCHEMA });
  try {
    if (dataKey.length !== 32) throw new ChartVeilError('ERR_VAULT_CORRUPT', `Stored ${purpose} data key has the wrong length`);
    return openJson<T>(dataKey, record.body, { purpose, id: record.id, schema: RECORD_SCHEMA });
  } finally {
    wipe(dataKey);
  }
}

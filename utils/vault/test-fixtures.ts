/**
 * Shared fixtures for the vault tests: a demo-like draft and a vault on a fresh fake-indexeddb
 * database with a fast KDF. Callers import 'fake-indexeddb/auto' first and close `opened` vaults.
 */
import { VaultDb } from './drafts-db';
import { MemoryKeyStore } from './key-store';
import { Vault } from './vault';
import type { DraftInput } from './types';

export const PASS = 'correct horse battery staple';
export const fastKdf = { alg: 'pbkdf2-sha256', iterations: 1000 } as const;
export const PHI = ['Jane Roe', '555-867-5309', 'MRN 4481927', '03/14/1961'];
let n = 0;
/** A database name no other test uses. */
export const uniqueName = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
export const opened: Vault[] = [];

export function draftInput(over: Partial<DraftInput> = {}): DraftInput {
  return {
    title: 'Jane Roe follow-up',
    sanitizedText: 'Patient [NAME_1] (MRN [MRN_1]) called from [PHONE_1] about labs from [DATE_1].',
    placeholders: [
      { placeholder: '[NAME_1]', entity: 'NAME', original: 'Jane Roe' },
      { placeholder: '[MRN_1]', entity: 'MRN', original: 'MRN 4481927' },
      { placeholder: '[PHONE_1]', entity: 'PHONE', original: '555-867-5309' },
      { placeholder: '[DATE_1]', entity: 'DATE', original: '03/14/1961' },
    ] as DraftInput['placeholders'],
    summary: 'Jane Roe: labs reviewed.',
    template: 'soap',
    origin: 'http://127.0.0.1:8080',
    patientContextId: 'ctx-1',
    ...over,
  };
}

export function makeVault(opts: { name?: string; now?: () => number; retention?: { maxAgeDays?: number; maxCount?: number } } = {}) {
  const db = new VaultDb(opts.name ?? uniqueName('vault-test'));
  const keyStore = new MemoryKeyStore();
  const vault = new Vault({ db, keyStore, kdf: fastKdf, now: opts.now, retention: opts.retention });
  opened.push(vault);
  return { vault, db, keyStore };
}


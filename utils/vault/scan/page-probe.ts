/**
 * In-page half of `tools/bench-vault.ts --browser`: runs the real vault and audit log on the
 * browser's real IndexedDB. Bundled by the tool and loaded into a plain http page; the demo notes
 * arrive as arguments (never in the bundle), so any PHI found on disk afterwards came from storage.
 */
import { AuditLog } from '../../audit/log';
import { recordId, slug } from '../../audit/events';
import { VaultDb } from '../drafts-db';
import { MemoryKeyStore } from '../key-store';
import { Vault } from '../vault';
import type { DraftInput } from '../types';

export interface ProbeNote {
  text: string;
  phi: string[];
}

function mask(note: ProbeNote): DraftInput {
  let sanitized = note.text;
  const placeholders: DraftInput['placeholders'] = [];
  for (const s of [...note.phi].sort((a, b) => b.length - a.length)) {
    if (!sanitized.includes(s)) continue;
    const placeholder = `[NAME_${placeholders.length + 1}]`;
    sanitized = sanitized.split(s).join(placeholder);
    placeholders.push({ placeholder, entity: 'NAME', original: s });
  }
  // The summary keeps the original text: the worst case, a re-identified summary full of PHI.
  return { title: note.phi[0] ?? 'draft', sanitizedText: sanitized, placeholders, summary: note.text, template: 'soap', origin: location.origin, patientContextId: 'pc-probe' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Writes `canary` in clear to a throwaway database: the positive control for the disk scan. */
async function writeCanary(canary: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open('cv-scan-canary', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('s');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  await new Promise((res, rej) => {
    const tx = db.transaction('s', 'readwrite');
    tx.objectStore('s').put({ text: canary }, 1);
    tx.oncomplete = res;
    tx.onerror = () => rej(tx.error);
  });
  db.close();
}

/** First browser session: set up, time unlock and 30k save/open, store the demo drafts, lock. */
async function first(pass: string, notes: ProbeNote[], big: DraftInput, runs: number, canary: string) {
  await writeCanary(canary);
  const vault = new Vault({ db: new VaultDb(), keyStore: new MemoryKeyStore() });
  const log = await AuditLog.open();
  let t = performance.now();
  await vault.setup(pass);
  const setupMs = performance.now() - t;
  await vault.lock();
  t = performance.now();
  await vault.unlock(pass);
  const unlockMs = performance.now() - t;
  const save: number[] = [];
  const open: number[] = [];
  let id: string | undefined;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    id = (await vault.saveDraft({ ...big, id })).id;
    save.push(performance.now() - t);
    t = performance.now();
    await vault.openDraft(id);
    open.push(performance.now() - t);
  }
  for (const note of notes) {
    const d = await vault.saveDraft(mask(note));
    await log.append({ type: 'capture', chars: note.text.length });
    await log.append({ type: 'sanitize', counts: { NAME: d.placeholders.length }, ms: 1, model: slug('probe') });
    await log.append({ type: 'draft.save', draft: recordId(d.id) });
  }
  await vault.lock();
  await log.append({ type: 'vault.lock', reason: 'manual' });
  vault.db.close();
  log.db.close();
  return { setupMs, unlockMs, saveMedianMs: median(save), openMedianMs: median(open), drafts: notes.length };
}

/** Second browser session: the vault must start locked, unlock, and every draft must be intact. */
async function reopen(pass: string, notes: ProbeNote[]) {
  const vault = new Vault({ db: new VaultDb(), keyStore: new MemoryKeyStore() });
  const stateAtStart = await vault.state();
  await vault.unlock(pass);
  const list = await vault.listDrafts();
  const summaries = new Set<string>();
  for (const d of list) summaries.add((await vault.openDraft(d.id)).summary);
  const intact = notes.every((n) => summaries.has(n.text));
  const log = await AuditLog.open();
  const audit = (await log.entries()).length;
  await vault.lock();
  return { stateAtStart, listed: list.length, corrupt: list.filter((d) => d.corrupt).length, intact, auditEntries: audit };
}

Object.assign(globalThis, { cvProbe: { first, reopen } });

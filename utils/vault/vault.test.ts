import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptRecord, encryptRecord, VaultDb } from './drafts-db';
import { MemoryKeyStore } from './key-store';
import { PASS, PHI, draftInput, fastKdf, makeVault, opened, uniqueName } from './test-fixtures';
import { randomKey } from './cipher';
import { Vault, type VaultState } from './vault';
import type { Draft, DraftInput, EncryptedRecord } from './types';

async function dump(db: VaultDb) {
  return JSON.stringify({ d: await db.drafts.toArray(), q: await db.queue.toArray(), m: await db.meta.toArray() }, (_k, v) =>
    v instanceof Uint8Array ? Array.from(v) : v);
}

afterEach(() => {
  for (const v of opened.splice(0)) v.db.close();
});

describe('Vault lock/unlock', () => {
  it('goes uninitialized -> unlocked -> locked -> unlocked, and drafts survive', async () => {
    const { vault } = makeVault();
    expect(await vault.state()).toBe('uninitialized');
    await vault.setup(PASS);
    expect(await vault.state()).toBe('unlocked');
    const saved = structuredClone(await vault.saveDraft(draftInput()));
    await vault.lock();
    expect(await vault.state()).toBe('locked');
    await vault.unlock(PASS);
    expect(await vault.openDraft(saved.id)).toEqual(saved);
  });

  it('lock wipes the key and clears the cache before announcing "locked"', async () => {
    const { vault, keyStore } = makeVault();
    await vault.setup(PASS);
    const d = await vault.saveDraft(draftInput());
    const seen: { state: VaultState; keyPresent: boolean }[] = [];
    vault.onStateChange((state) => {
      keyStore.load().then((k) => seen.push({ state, keyPresent: k !== null }));
    });
    await vault.lock('idle');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([{ state: 'locked', keyPresent: false }]);
    expect(d.placeholders).toHaveLength(0); // decrypted mapping held by this context was cleared
  });

  it('every draft operation needs the key: ERR_VAULT_LOCKED when locked', async () => {
    const { vault } = makeVault();
    await vault.setup(PASS);
    const d = await vault.saveDraft(draftInput());
    await vault.lock();
    await expect(vault.openDraft(d.id)).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
    await expect(vault.saveDraft(draftInput())).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
    await expect(vault.listDrafts()).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
    await expect(vault.enqueue({ a: 1 })).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
  });

  it('wrong passphrase: ERR_VAULT_PASSPHRASE, still locked, no data changed', async () => {
    const { vault, db } = makeVault();
    await vault.setup(PASS);
    await vault.saveDraft(draftInput());
    await vault.enqueue({ body: 'x' });
    await vault.lock();
    const before = await dump(db);
    await expect(vault.unlock('correct horse battery stapler')).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
    expect(await vault.state()).toBe('locked');
    expect(await dump(db)).toBe(before);
  });

  it('a new instance on the same database (browser restart) starts locked and unlocks', async () => {
    const name = uniqueName('vault-restart');
    const first = makeVault({ name });
    await first.vault.setup(PASS);
    const d = await first.vault.saveDraft(draftInput());
    first.db.close();
    const second = makeVault({ name });
    expect(await second.vault.state()).toBe('locked');
    await second.vault.unlock(PASS);
    expect((await second.vault.openDraft(d.id)).placeholders[0]?.original).toBe('Jane Roe');
  });

  it('setup refuses a second passphrase and short passphrases', async () => {
    const { vault } = makeVault();
    await expect(vault.setup('short')).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
    await vault.setup(PASS);
    await expect(vault.setup('another long passphrase')).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
  });

  it('changePassphrase: the old one stops working, the new one opens the same drafts', async () => {
    const { vault } = makeVault();
    await vault.setup(PASS);
    const d = await vault.saveDraft(draftInput());
    await vault.changePassphrase(PASS, 'a brand new passphrase');
    await vault.lock();
    await expect(vault.unlock(PASS)).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
    await vault.unlock('a brand new passphrase');
    expect((await vault.openDraft(d.id)).summary).toBe(d.summary);
  });
});

describe('what is stored', () => {
  it('only id, created and updated are in clear; no PHI in the raw records', async () => {
    const { vault, db } = makeVault();
    await vault.setup(PASS);
    await vault.saveDraft(draftInput());
    await vault.enqueue({ prompt: 'summarize [NAME_1]', note: 'Jane Roe' });
    const raw = await db.drafts.toArray();
    expect(Object.keys(raw[0]!).sort()).toEqual(['body', 'created', 'dek', 'id', 'updated']);
    const all = Buffer.from(await dump(db)).toString('latin1');
    const bytes = Buffer.from(JSON.parse(await dump(db), (_k, v) => v).d[0].body.ct);
    for (const s of PHI) {
      expect(all).not.toContain(s);
      expect(bytes.includes(Buffer.from(s))).toBe(false);
    }
  });

  it('property: any draft encrypts and decrypts back to itself, never leaving text in clear', () => {
    const key = randomKey();
    fc.assert(
      fc.property(fc.string({ minLength: 6 }), fc.string(), fc.array(fc.string({ minLength: 1 }), { maxLength: 5 }), (text, title, originals) => {
        const draft: Draft = {
          ...draftInput({ sanitizedText: text, title }),
          placeholders: originals.map((o, i) => ({ placeholder: `[NAME_${i + 1}]`, entity: 'NAME', original: o })) as Draft['placeholders'],
          id: 'd-prop', createdAt: 1, updatedAt: 2,
        };
        const rec = encryptRecord(key, 'draft', draft.id, 1, 2, draft);
        expect(decryptRecord<Draft>(key, 'draft', rec)).toEqual(draft);
        expect(Buffer.from(rec.body.ct).includes(Buffer.from(text))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('corruption and tampering', () => {
  async function twoDrafts() {
    const ctx = makeVault();
    await ctx.vault.setup(PASS);
    const a = await ctx.vault.saveDraft(draftInput({ title: 'A' }));
    const b = await ctx.vault.saveDraft(draftInput({ title: 'B' }));
    return { ...ctx, a, b };
  }

  it('a tampered body gives ERR_VAULT_CORRUPT for that record; the others still open and list', async () => {
    const { vault, db, a, b } = await twoDrafts();
    const rec = (await db.drafts.get(a.id)) as EncryptedRecord;
    rec.body.ct[5] = rec.body.ct[5]! ^ 0xff;
    await db.drafts.put(rec);
    await expect(vault.openDraft(a.id)).rejects.toMatchObject({ code: 'ERR_VAULT_CORRUPT' });
    expect((await vault.openDraft(b.id)).title).toBe('B');
    const list = await vault.listDrafts();
    expect(list.find((d) => d.id === a.id)).toMatchObject({ corrupt: true, title: '' });
    expect(list.find((d) => d.id === b.id)).toMatchObject({ title: 'B' });
  });

  it('tampered nonce, tampered data key and truncated records are rejected', async () => {
    const { vault, db, a } = await twoDrafts();
    const orig = (await db.drafts.get(a.id)) as EncryptedRecord;
    const variants: EncryptedRecord[] = [
      { ...orig, body: { ...orig.body, nonce: orig.body.nonce.map((x, i) => (i ? x : x ^ 1)) } },
      { ...orig, dek: { ...orig.dek, ct: orig.dek.ct.map((x, i) => (i ? x : x ^ 1)) } },
      { ...orig, body: { ...orig.body, ct: orig.body.ct.slice(0, 10) } },
      { ...orig, body: undefined as never },
    ];
    for (const v of variants) {
      await db.drafts.put(v);
      await expect(vault.openDraft(a.id)).rejects.toMatchObject({ code: 'ERR_VAULT_CORRUPT' });
    }
  });

  it('swapping two records (record-id swap) is rejected by the AAD', async () => {
    const { vault, db, a, b } = await twoDrafts();
    const ra = (await db.drafts.get(a.id)) as EncryptedRecord;
    const rb = (await db.drafts.get(b.id)) as EncryptedRecord;
    await db.drafts.put({ ...rb, id: a.id });
    await db.drafts.put({ ...ra, id: b.id });
    await expect(vault.openDraft(a.id)).rejects.toMatchObject({ code: 'ERR_VAULT_CORRUPT' });
    await expect(vault.openDraft(b.id)).rejects.toMatchObject({ code: 'ERR_VAULT_CORRUPT' });
  });

  it('a kill mid-write (aborted transaction) keeps the previous version and the other drafts', async () => {
    const { vault, db, a, b } = await twoDrafts();
    // Start writing a new version of A and a brand-new draft in one transaction, then die.
    const tx = db.transaction('rw', db.drafts, async () => {
      await db.drafts.put({ ...((await db.drafts.get(a.id)) as EncryptedRecord), updated: 999 });
      await db.drafts.put({ id: 'half-written', created: 1, updated: 1, dek: { nonce: new Uint8Array(12), ct: new Uint8Array(3) }, body: { nonce: new Uint8Array(12), ct: new Uint8Array(1) } });
      Dexie.currentTransaction!.abort();
    });
    await expect(tx).rejects.toBeTruthy();
    expect(await db.drafts.get('half-written')).toBeUndefined();
    expect(await vault.openDraft(a.id)).toEqual(a);
    expect(await vault.openDraft(b.id)).toEqual(b);
    expect(await db.drafts.count()).toBe(2);
  });

  it('closing the database in the middle of a save loses only that save', async () => {
    const name = uniqueName('vault-kill');
    const { vault, db, keyStore } = makeVault({ name });
    await vault.setup(PASS);
    const a = await vault.saveDraft(draftInput({ title: 'A' }));
    const pending = vault.saveDraft({ ...a, title: 'A edited' });
    db.close(); // the "process" dies while the write is queued
    await expect(pending).rejects.toBeTruthy();
    const again = new Vault({ db: new VaultDb(name), keyStore, kdf: fastKdf });
    opened.push(again);
    const back = await again.openDraft(a.id);
    expect(['A', 'A edited']).toContain(back.title); // one whole version, never a torn one
    expect(back.placeholders).toHaveLength(4);
  });
});

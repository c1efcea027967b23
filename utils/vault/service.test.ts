import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshLog } from '../audit/test-helpers';
import { verifyExport } from '../audit/verify';
import { VAULT_SENDER_RULES, vaultRoutes, vaultValidators } from './protocol';
import { createVaultService } from './service';
import { PASS, draftInput, makeVault, opened } from './test-fixtures';

afterEach(() => {
  for (const v of opened.splice(0)) v.db.close();
});

async function setupService() {
  const { vault, keyStore } = makeVault();
  const audit = await freshLog();
  const order: string[] = [];
  let analysis: string | null = 'mapping for [NAME_1]';
  const svc = createVaultService({
    vault, audit,
    clearDecryptedState: async () => {
      order.push(`clear(key=${(await keyStore.load()) ? 'present' : 'gone'})`);
      analysis = null;
    },
  });
  vault.onStateChange(async (s) => order.push(`announce:${s}(analysis=${analysis === null ? 'cleared' : 'present'})`));
  return { svc, vault, audit, order, keyStore };
}

describe('vault service', () => {
  it('pairs every operation with a PHI-free audit entry, and the log verifies', async () => {
    const { svc, audit } = await setupService();
    expect((await svc.status()).state).toBe('uninitialized');
    await svc.setup(PASS);
    const d = await svc.saveDraft(draftInput());
    await svc.openDraft(d.id);
    await svc.renameDraft(d.id, 'renamed');
    await svc.lock('idle');
    await expect(svc.unlock('wrong passphrase!')).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
    await svc.unlock(PASS);
    await svc.deleteDraft(d.id);
    await svc.saveDraft(draftInput());
    expect(await svc.deleteAll()).toBe(1);
    const types = (await audit.entries()).map((e) => e.event.type);
    expect(types).toEqual(['vault.setup', 'draft.save', 'draft.open', 'draft.save', 'vault.lock', 'vault.unlockFailed', 'vault.unlock', 'draft.delete', 'draft.save', 'draft.deleteAll']);
    const jsonl = await svc.exportAudit();
    expect(verifyExport(jsonl, audit.publicKey).ok).toBe(true);
    expect(await svc.verifyAudit()).toMatchObject({ ok: true, count: 10 });
    for (const s of ['Jane Roe', '4481927', '867-5309', 'renamed']) expect(jsonl).not.toContain(s);
  });

  it('lock clears decrypted state first, then zeroes the key, then announces', async () => {
    const { svc, order, keyStore } = await setupService();
    await svc.setup(PASS);
    order.length = 0;
    const status = await svc.lock('screen-locked');
    expect(status.state).toBe('locked');
    expect(await keyStore.load()).toBeNull();
    expect(order).toEqual(['clear(key=present)', 'announce:locked(analysis=cleared)']);
  });

  it('applyRetention logs how many drafts policy purged', async () => {
    const { svc, audit } = await setupService();
    await svc.setup(PASS);
    await svc.saveDraft(draftInput());
    await svc.saveDraft(draftInput());
    expect(await svc.applyRetention({ maxCount: 1 })).toBe(1);
    expect((await audit.entries()).at(-1)?.event).toEqual({ type: 'draft.purge', count: 1 });
  });

  it('routes call the service', async () => {
    const { svc } = await setupService();
    const routes = vaultRoutes(svc);
    const ext = { class: 'extension-page' as const };
    await routes['bg.vaultSetup']({ passphrase: PASS }, ext);
    const d = await routes['bg.draftSave']({ draft: draftInput() }, ext);
    expect((await routes['bg.draftsList']({}, ext)).map((x) => x.id)).toEqual([d.id]);
    expect(await routes['bg.draftsDeleteAll']({}, ext)).toEqual({ deleted: 1 });
    expect((await routes['bg.vaultLock']({}, ext)).state).toBe('locked');
    expect((await routes['bg.auditExport']({}, ext)).jsonl.split('\n')[0]).toContain('"format":"chartveil-audit"');
  });
});

describe('vault protocol guards', () => {
  it('only extension pages may send vault messages', () => {
    for (const rule of Object.values(VAULT_SENDER_RULES)) expect(rule).toEqual(['extension-page']);
    expect(Object.keys(VAULT_SENDER_RULES).sort()).toEqual(Object.keys(vaultValidators).sort());
  });

  it('accept a well-formed draft and reject extra fields, wrong types and oversize input', () => {
    const ok = vaultValidators['bg.draftSave'];
    expect(ok({ draft: draftInput() })).toBe(true);
    expect(ok({ draft: { ...draftInput(), id: 'abc', createdAt: 5 } })).toBe(true);
    expect(ok({ draft: { ...draftInput(), extra: 1 } })).toBe(false);
    expect(ok({ draft: { ...draftInput(), placeholders: [{ placeholder: '[X]', entity: 'NOPE', original: 'x' }] } })).toBe(false);
    expect(ok({ draft: { ...draftInput(), sanitizedText: 'x'.repeat(1_000_001) } })).toBe(false);
    expect(vaultValidators['bg.vaultUnlock']({ passphrase: '' })).toBe(false);
    expect(vaultValidators['bg.vaultUnlock']({ passphrase: 'p', other: 1 })).toBe(false);
    expect(vaultValidators['bg.draftOpen']({ id: 7 })).toBe(false);
  });
});

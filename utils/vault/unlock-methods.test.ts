import 'fake-indexeddb/auto';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it } from 'vitest';
import { VaultDb } from './drafts-db';
import { MemoryKeyStore } from './key-store';
import { prfWrapper, type PrfEvaluator } from './prf-wrapper';
import { Vault } from './vault';

const fastKdf = { alg: 'pbkdf2-sha256', iterations: 1000 } as const;
const vaults: Vault[] = [];
afterEach(() => vaults.splice(0).forEach((v) => v.db.close()));

/** A fake authenticator: PRF = HMAC-SHA256(device secret, credential id || salt), like hmac-secret. */
function authenticator(): PrfEvaluator {
  const secret = randomBytes(32);
  return async (credentialId, salt) => hmac(sha256, secret, new Uint8Array([...credentialId, ...salt]));
}

async function freshVault() {
  const v = new Vault({ db: new VaultDb(`methods-${Math.random()}`), keyStore: new MemoryKeyStore(), kdf: fastKdf });
  vaults.push(v);
  await v.setup('a long passphrase');
  return v;
}

describe('WebAuthn PRF unlock (KeyWrapper)', () => {
  it('adds a PRF slot next to the passphrase and unlocks with the same authenticator', async () => {
    const vault = await freshVault();
    const draft = await vault.saveDraft({ title: 't', sanitizedText: 's', placeholders: [], summary: '', template: 'soap', origin: 'o', patientContextId: 'c' });
    const credentialId = randomBytes(16);
    const device = authenticator();
    await vault.addUnlockMethod(prfWrapper({ credentialId, evaluate: device }));
    expect(await vault.unlockMethods()).toEqual(['passphrase', 'webauthn-prf']);
    await vault.lock();
    await vault.unlock(prfWrapper({ credentialId, evaluate: device }));
    expect((await vault.openDraft(draft.id)).title).toBe('t');
  });

  it('another authenticator is refused with ERR_VAULT_PASSPHRASE; the passphrase still works', async () => {
    const vault = await freshVault();
    const credentialId = randomBytes(16);
    await vault.addUnlockMethod(prfWrapper({ credentialId, evaluate: authenticator() }));
    await vault.lock();
    await expect(vault.unlock(prfWrapper({ credentialId, evaluate: authenticator() }))).rejects.toMatchObject({ code: 'ERR_VAULT_PASSPHRASE' });
    expect(await vault.state()).toBe('locked');
    await vault.unlock('a long passphrase');
    await vault.removeUnlockMethod('webauthn-prf');
    expect(await vault.unlockMethods()).toEqual(['passphrase']);
  });

  it('adding a method needs the vault unlocked; a bad PRF output length is rejected', async () => {
    const vault = await freshVault();
    await vault.lock();
    await expect(vault.addUnlockMethod(prfWrapper({ credentialId: randomBytes(16), evaluate: authenticator() }))).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
    await vault.unlock('a long passphrase');
    await expect(vault.addUnlockMethod(prfWrapper({ credentialId: randomBytes(16), evaluate: async () => new Uint8Array(16) }))).rejects.toThrow(
      'PRF output expected 32 bytes, got 16',
    );
  });
});

describe('patient-context ids', () => {
  it('ignore order, case and spacing; differ per patient and per vault; need the key', async () => {
    const a = await freshVault();
    const b = await freshVault();
    const id = await a.patientContextId(['HOLLOWAY, MARGARET A', '00482913']);
    expect(id).toMatch(/^pc-[0-9a-f]{32}$/);
    expect(await a.patientContextId(['00482913', '  holloway,   margaret a '])).toBe(id);
    expect(await a.patientContextId(['HOLLOWAY, MARGARET A', '00482914'])).not.toBe(id);
    expect(await b.patientContextId(['HOLLOWAY, MARGARET A', '00482913'])).not.toBe(id);
    expect(id).not.toContain('00482913');
    await expect(a.patientContextId(['  '])).rejects.toMatchObject({ code: 'ERR_EMPTY_INPUT' });
    await a.lock();
    await expect(a.patientContextId(['00482913'])).rejects.toMatchObject({ code: 'ERR_VAULT_LOCKED' });
  });
});

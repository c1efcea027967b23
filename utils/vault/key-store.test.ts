import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MemoryKeyStore, SessionKeyStore, SESSION_KEY_ITEM } from './key-store';

describe('KeyStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('MemoryKeyStore returns copies and zeroes on clear', async () => {
    const ks = new MemoryKeyStore();
    const key = new Uint8Array(32).fill(7);
    await ks.save(key);
    const copy = (await ks.load())!;
    copy.fill(0);
    expect((await ks.load())![0]).toBe(7);
    await ks.clear();
    expect(await ks.load()).toBeNull();
  });

  it('SessionKeyStore keeps the key in storage.session only, and clear removes it', async () => {
    const ks = new SessionKeyStore();
    const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    await ks.save(key);
    expect(Array.from((await ks.load())!)).toEqual(Array.from(key));
    expect(await browser.storage.local.get(null)).toEqual({});
    await ks.clear();
    expect(await ks.load()).toBeNull();
    expect(await browser.storage.session.get(SESSION_KEY_ITEM)).toEqual({});
  });

  it('restrict() sets the TRUSTED_CONTEXTS access level', async () => {
    const spy = vi.fn(async () => {});
    (browser.storage.session as unknown as { setAccessLevel: typeof spy }).setAccessLevel = spy;
    await SessionKeyStore.restrict();
    expect(spy).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });
});

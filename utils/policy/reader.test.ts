import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_TYPES } from '@/utils/detection/types';
import { readEffectivePolicy, saveUserSettings, USER_SETTINGS_KEY, watchPolicy } from './reader';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('readEffectivePolicy', () => {
  it('gives the safe defaults with no policy and no user settings', async () => {
    const p = await readEffectivePolicy();
    expect(p.values).toMatchObject({ ehrOrigins: [], gatewayUrl: '', allowUnmask: true, requireReview: true, maskedEntities: [...ENTITY_TYPES] });
    expect(new Set(Object.values(p.sources))).toEqual(new Set(['default']));
    expect(p.issues).toEqual([]);
  });

  it('policy wins over the user and is locked; user values apply where policy is silent', async () => {
    await fakeBrowser.storage.managed.set({ gatewayUrl: 'https://gw.example.org', idleLockMinutes: 10 });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { gatewayUrl: 'https://mine.example.net', operator: 'surrogate', idleLockMinutes: 60 } });
    const p = await readEffectivePolicy();
    expect(p.values.gatewayUrl).toBe('https://gw.example.org');
    expect(p.sources.gatewayUrl).toBe('policy');
    expect(p.locked.gatewayUrl).toBe(true);
    expect(p.values.idleLockMinutes).toBe(10);
    expect(p.values.operator).toBe('surrogate');
    expect(p.sources.operator).toBe('user');
    expect(p.locked.operator).toBe(false);
    expect(p.sources.maxDrafts).toBe('default');
  });

  it('an invalid policy value locks the strict fallback, even against a valid user value', async () => {
    await fakeBrowser.storage.managed.set({ idleLockMinutes: 0, failSafeThreshold: 2 });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { idleLockMinutes: 120 } });
    const p = await readEffectivePolicy();
    expect(p.values.idleLockMinutes).toBe(5);
    expect(p.values.failSafeThreshold).toBe(0.1);
    expect(p.sources.idleLockMinutes).toBe('policy');
    expect(p.locked.idleLockMinutes).toBe(true);
    expect(p.issues.map((i) => [i.key, i.kind])).toEqual([['idleLockMinutes', 'invalid'], ['failSafeThreshold', 'invalid']]);
  });

  it('a user cannot weaken policy-only protections', async () => {
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { allowUnmask: false, requireReview: false, maskedEntities: ['DATE'] } });
    const p = await readEffectivePolicy();
    expect(p.values.allowUnmask).toBe(true); // policy-only key: the user layer is ignored either way
    expect(p.values.requireReview).toBe(true);
    expect(p.values.maskedEntities).toEqual([...ENTITY_TYPES]);
    expect(p.issues.filter((i) => i.kind === 'not-user-settable')).toHaveLength(3);
  });

  it('deny terms are a union; policy terms stay', async () => {
    await fakeBrowser.storage.managed.set({ denyTerms: ['Project Bluebird'] });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { denyTerms: ['Ward 7B'] } });
    const p = await readEffectivePolicy();
    expect(p.values.denyTerms).toEqual(['Project Bluebird', 'Ward 7B']);
    expect(p.locked.denyTerms).toBe(false);
  });

  it('templates are policy-only: a user value is ignored and reported', async () => {
    const t = { id: 'dc', name: 'Discharge', prompt: 'Summarize for discharge.' };
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { summaryTemplates: [{ id: 'mine', name: 'Mine', prompt: 'x' }] } });
    await fakeBrowser.storage.managed.set({ summaryTemplates: [t], lockTemplates: true });
    const p = await readEffectivePolicy();
    expect(p.values.summaryTemplates).toEqual([t]);
    expect(p.locked.summaryTemplates).toBe(true);
    expect(p.issues).toEqual([expect.objectContaining({ key: 'summaryTemplates', kind: 'not-user-settable' })]);
  });

  it('fails closed when storage.managed cannot be read: defaults only, user settings ignored', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { gatewayUrl: 'https://mine.example.net' } });
    const p = await readEffectivePolicy();
    expect(p.managedAvailable).toBe(false);
    expect(p.values.gatewayUrl).toBe('');
    expect(p.issues).toEqual([expect.objectContaining({ kind: 'unavailable' })]);
  });
});

describe('watchPolicy', () => {
  it('re-reads on managed and on user-settings changes, and stops when asked', async () => {
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      const stop = watchPolicy((p) => {
        seen.push(p.values.gatewayUrl);
        if (seen.length === 2) {
          stop();
          resolve();
        }
      });
    });
    await fakeBrowser.storage.managed.set({ gatewayUrl: 'https://a.example.org' });
    await new Promise((r) => setTimeout(r, 10));
    await fakeBrowser.storage.managed.set({ gatewayUrl: 'https://b.example.org' });
    await done;
    await fakeBrowser.storage.managed.set({ gatewayUrl: 'https://c.example.org' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['https://a.example.org', 'https://b.example.org']);
  });

  it('ignores unrelated local keys', async () => {
    const cb = vi.fn();
    const stop = watchPolicy(cb);
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.local.set({ [USER_SETTINGS_KEY]: { maxDrafts: 3 } });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb.mock.calls[0]![0].values.maxDrafts).toBe(3);
    stop();
  });
});

describe('saveUserSettings', () => {
  it('saves valid user values and removes with null', async () => {
    await saveUserSettings({ idleLockMinutes: 30, operator: 'surrogate' });
    expect((await readEffectivePolicy()).values.idleLockMinutes).toBe(30);
    await saveUserSettings({ idleLockMinutes: null });
    const p = await readEffectivePolicy();
    expect(p.values.idleLockMinutes).toBe(15);
    expect(p.values.operator).toBe('surrogate');
  });

  it('refuses locked, policy-only and invalid values with stable codes', async () => {
    await fakeBrowser.storage.managed.set({ idleLockMinutes: 10 });
    await expect(saveUserSettings({ idleLockMinutes: 30 })).rejects.toMatchObject({ code: 'ERR_POLICY_LOCKED' });
    await expect(saveUserSettings({ allowUnmask: true })).rejects.toMatchObject({ code: 'ERR_POLICY_LOCKED' });
    await expect(saveUserSettings({ maxDrafts: -4 })).rejects.toMatchObject({ code: 'ERR_POLICY_INVALID' });
    expect(await fakeBrowser.storage.local.get(USER_SETTINGS_KEY)).toEqual({});
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentContentScriptPlan, planContentScripts } from './origins';
import { readEffectivePolicy } from './reader';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const BUILT_IN = ['http://127.0.0.1/*'];

async function plan(managed: Record<string, unknown>, permitted: string[]) {
  await fakeBrowser.storage.managed.set(managed);
  return planContentScripts({ policy: await readEffectivePolicy(), permitted, builtIn: BUILT_IN });
}

describe('planContentScripts', () => {
  it('without policy: built-in hosts plus narrow user grants, never a grant-everything pattern', async () => {
    const p = await plan({}, ['http://127.0.0.1/*', 'https://ehr.example.org/*', 'https://*/*', '<all_urls>']);
    expect(p).toEqual({ matches: ['http://127.0.0.1/*', 'https://ehr.example.org/*'], needsPermission: [], excludedByPolicy: [], decidedBy: 'user' });
  });

  it('with a policy allow-list: only allow-listed and permitted origins; other grants are excluded', async () => {
    const p = await plan({ ehrOrigins: ['https://ehr.example.org', 'https://*.lab.example.org'] }, ['http://127.0.0.1/*', 'https://ehr.example.org/*', 'https://mail.example.com/*']);
    expect(p.matches).toEqual(['https://ehr.example.org/*']);
    expect(p.needsPermission).toEqual(['https://*.lab.example.org/*']);
    expect(p.excludedByPolicy).toEqual(['http://127.0.0.1/*', 'https://mail.example.com/*']);
    expect(p.decidedBy).toBe('policy');
  });

  it('a broad grant covers allow-listed origins but never widens the matches beyond them', async () => {
    const p = await plan({ ehrOrigins: ['https://*.lab.example.org'] }, ['<all_urls>']);
    expect(p.matches).toEqual(['https://*.lab.example.org/*']);
  });

  it('an empty or entirely invalid policy allow-list injects nowhere (fail closed)', async () => {
    expect((await plan({ ehrOrigins: [] }, ['http://127.0.0.1/*'])).matches).toEqual([]);
    expect((await plan({ ehrOrigins: ['*', '<all_urls>'] }, ['http://127.0.0.1/*', '<all_urls>'])).matches).toEqual([]);
  });
});

describe('currentContentScriptPlan', () => {
  it('reads permissions and manifest host permissions through browser', async () => {
    vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: ['http://127.0.0.1/*'], permissions: [] } as never);
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', host_permissions: ['http://127.0.0.1/*'] });
    expect((await currentContentScriptPlan()).matches).toEqual(['http://127.0.0.1/*']);
    await fakeBrowser.storage.managed.set({ ehrOrigins: ['https://ehr.example.org'] });
    const p = await currentContentScriptPlan();
    expect(p.matches).toEqual([]);
    expect(p.needsPermission).toEqual(['https://ehr.example.org/*']);
  });
});

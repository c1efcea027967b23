import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/src/server.ts';
import { ChartVeilError } from '../errors.ts';
import { createAuth, memoryTokenStore, pkceChallenge, type AuthDeps } from './auth.ts';
import { streamChat } from './client.ts';

let gw: RunningGateway;
beforeAll(async () => { gw = await startGateway({ port: 0, log: false, offlineChunkDelayMs: 0 }); });
afterAll(() => gw.close());

const redirectUri = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
/** Stands in for browser.identity.launchWebAuthFlow: follows the issuer's redirect. */
const launch = (tamper?: (u: URL) => void, calls: { interactive: boolean }[] = []): AuthDeps['launchWebAuthFlow'] => async ({ url, interactive }) => {
  calls.push({ interactive });
  const u = new URL(url);
  tamper?.(u);
  const res = await fetch(u, { redirect: 'manual' });
  return res.headers.get('location') ?? undefined;
};
const settings = () => ({ issuer: gw.issuer, clientId: 'chartveil-extension', scopes: ['openid', 'profile', 'email'], redirectUri });
const codeOf = async (p: Promise<unknown>) => { try { await p; return 'resolved'; } catch (e) { return (e as ChartVeilError).code; } };

describe('OIDC code + PKCE sign-in', () => {
  it('computes the RFC 7636 S256 example', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('signs in the demo clinician and the access token works at the gateway', async () => {
    const auth = createAuth(settings(), { launchWebAuthFlow: launch() });
    const user = await auth.signIn();
    expect(user.sub).toBe('demo-clinician-1');
    const token = await auth.getAccessToken();
    const { text } = await streamChat({ endpoints: [gw.url], accessToken: token, messages: [{ role: 'user', content: 'Patient [NAME_1] admitted with chest pain today.' }] });
    expect(text).toContain('Offline demo summary');
  });

  it('rejects a tampered nonce, a state mismatch and a wrong issuer', async () => {
    const nonce = createAuth(settings(), { launchWebAuthFlow: launch((u) => u.searchParams.set('nonce', 'attacker')) });
    expect(await codeOf(nonce.signIn())).toBe('ERR_AUTH');
    const stateDeps: AuthDeps = { launchWebAuthFlow: async (d) => (await launch()(d))!.replace(/state=[^&]+/, 'state=forged') };
    expect(await codeOf(createAuth(settings(), stateDeps).signIn())).toBe('ERR_AUTH');
    const wrongIssuer = createAuth({ ...settings(), issuer: `${gw.url}/oidc/` }, { launchWebAuthFlow: launch() });
    expect(await codeOf(wrongIssuer.signIn())).toBe('ERR_AUTH');
  });

  it('renews silently near expiry, fails with ERR_AUTH when silent sign-in is impossible, and sign-out wipes', async () => {
    let clock = Date.now();
    const calls: { interactive: boolean }[] = [];
    const store = memoryTokenStore();
    let allowSilent = true;
    const flow = launch(undefined, calls);
    const auth = createAuth(settings(), { store, now: () => clock, launchWebAuthFlow: async (d) => { if (!d.interactive && !allowSilent) throw new Error('user interaction required'); return flow(d); } });
    await auth.signIn();
    const first = await auth.getAccessToken();
    clock += 3600_000; // past expiry
    const second = await auth.getAccessToken();
    expect(second).not.toBe(first);
    expect(calls.map((c) => c.interactive)).toEqual([true, false]);
    clock += 3600_000;
    allowSilent = false;
    expect(await codeOf(auth.getAccessToken())).toBe('ERR_AUTH');
    await auth.signIn();
    await auth.signOut();
    expect(await store.get()).toBeUndefined();
    expect(await codeOf(auth.getAccessToken())).toBe('ERR_AUTH');
  });
});

describe('storageAreaTokenStore', () => {
  it('keeps tokens under one key and removes them on sign-out', async () => {
    const { storageAreaTokenStore } = await import('./auth.ts');
    const data: Record<string, unknown> = {};
    const area = { get: async (k: string) => (k in data ? { [k]: data[k] } : {}), set: async (o: Record<string, unknown>) => { Object.assign(data, o); }, remove: async (k: string) => { delete data[k]; } };
    const auth = createAuth(settings(), { launchWebAuthFlow: launch(), store: storageAreaTokenStore(area) });
    await auth.signIn();
    expect(Object.keys(data)).toEqual(['chartveil.gatewayTokens']);
    expect((await auth.getUser())?.name).toBe('Dr. Demo Clinician');
    await auth.signOut();
    expect(data).toEqual({});
  });
});

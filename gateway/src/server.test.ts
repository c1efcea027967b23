import { SignJWT, generateKeyPair } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatewayLogEntry } from './config.ts';
import { startGateway, type RunningGateway } from './server.ts';
import { devSignIn, freePort, postChat, startFakeUpstream, type FakeUpstream } from './testing.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => { while (open.length) await open.pop()!.close(); });
const track = <T extends { close(): Promise<void> }>(x: T) => (open.push(x), x);
const start = async (opts: Parameters<typeof startGateway>[0] = {}) => track(await startGateway({ port: 0, log: false, offlineChunkDelayMs: 0, ...opts }));
const note = [{ role: 'system', content: 'Template: Brief summary' }, { role: 'user', content: 'Patient [NAME_1] admitted with chest pain. Started aspirin 81 mg daily. Follow-up with [NAME_2] in clinic.' }];

describe('dev OIDC issuer', () => {
  it('serves discovery and signs in the demo clinician with PKCE', async () => {
    const gw = await start();
    const disc = await (await fetch(`${gw.issuer}/.well-known/openid-configuration`)).json() as Record<string, string>;
    expect(disc.issuer).toBe(gw.issuer);
    expect(disc.jwks_uri).toBe(`${gw.issuer}/jwks`);
    const flow = await devSignIn(gw.issuer);
    expect(flow.redirect.status).toBe(302);
    expect(flow.location.searchParams.get('state')).toBe('s-1');
    const res = await flow.token();
    expect(res.status).toBe(200);
    const tokens = await res.json() as { access_token: string; id_token: string };
    const chat = await postChat(gw.url, tokens.access_token, note);
    expect(chat.status).toBe(200);
    expect(chat.text).toContain('data: [DONE]');
  });

  it('rejects a wrong PKCE verifier and a reused code', async () => {
    const gw = await start();
    const flow = await devSignIn(gw.issuer);
    expect((await flow.token('wrong-verifier-wrong-verifier-wrong-verifier')).status).toBe(400);
    expect((await flow.token()).status).toBe(400); // single use, even after a failure
  });

  it('refuses redirect URIs outside the extension identity domain', async () => {
    const gw = await start();
    const u = new URL(`${gw.issuer}/authorize`);
    u.search = new URLSearchParams({ response_type: 'code', client_id: 'chartveil-extension', redirect_uri: 'https://evil.example/cb', code_challenge: 'a'.repeat(43), code_challenge_method: 'S256' }).toString();
    expect((await fetch(u, { redirect: 'manual' })).status).toBe(400);
  });
});

describe('chat completions', () => {
  it('answers 401 with a clear error for missing, expired, foreign and wrong-audience tokens', async () => {
    const gw = await start();
    const missing = await postChat(gw.url, undefined, note);
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.text).error.code).toBe('missing_token');
    const expired = await postChat(gw.url, await gw.mintAccessToken!({ expiresInS: -60 }), note);
    expect(expired.status).toBe(401);
    expect(JSON.parse(expired.text).error.message).toMatch(/expired.*sign in again/i);
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'ES256' }).setIssuer(gw.issuer).setAudience('chartveil-gateway').setExpirationTime('5m').sign(privateKey);
    expect((await postChat(gw.url, foreign, note)).status).toBe(401);
    expect((await postChat(gw.url, 'not.a.jwt', note)).status).toBe(401);
  });

  it('streams an offline demo summary that keeps placeholders and is deterministic', async () => {
    const gw = await start();
    const token = await gw.mintAccessToken!();
    const a = await postChat(gw.url, token, note);
    const b = await postChat(gw.url, token, note);
    expect(a.headers.get('content-type')).toContain('text/event-stream');
    const content = (t: string) => t.split('\n').filter((l) => l.startsWith('data: {')).map((l) => JSON.parse(l.slice(6)).choices[0]?.delta?.content ?? '').join('');
    expect(content(a.text)).toContain('Offline demo summary');
    expect(content(a.text)).toContain('[NAME_1]');
    expect(content(a.text)).toBe(content(b.text));
  });

  it('rejects structured PHI with 422 and never forwards it (tripwire)', async () => {
    const up = track(await startFakeUpstream());
    const gw = await start({ upstreams: [{ url: up.url }] });
    const res = await postChat(gw.url, await gw.mintAccessToken!(), [{ role: 'user', content: 'Pt [NAME_1], SSN 123-45-6789, call (555) 123-4567.' }]);
    expect(res.status).toBe(422);
    const err = JSON.parse(res.text).error;
    expect(err.code).toBe('phi_detected');
    expect(err.message).toContain('SSN');
    expect(res.text).not.toContain('123-45-6789');
    expect(up.requests).toHaveLength(0);
  });

  it('enforces the daily token quota with a clear 429', async () => {
    const gw = await start({ dailyTokenQuota: 60 });
    const token = await gw.mintAccessToken!();
    expect((await postChat(gw.url, token, note)).status).toBe(200);
    const second = await postChat(gw.url, token, note);
    expect(second.status).toBe(429);
    expect(JSON.parse(second.text).error.message).toMatch(/Daily token quota reached: 60 tokens per user per day.*resets at 00:00 UTC/);
    const other = await postChat(gw.url, await gw.mintAccessToken!({ sub: 'someone-else' }), note);
    expect(other.status).toBe(200);
  });

  it('fails over to the next upstream and strips client-identifying headers and fields', async () => {
    const dead = `http://127.0.0.1:${await freePort()}/v1/chat/completions`;
    const failing = track(await startFakeUpstream());
    failing.status = 503;
    const good: FakeUpstream = track(await startFakeUpstream('Hello [NAME_1].'));
    const gw = await start({ upstreams: [{ url: dead }, { url: failing.url }, { url: good.url, apiKey: 'up-secret', model: 'gpt-x' }] });
    const res = await postChat(gw.url, await gw.mintAccessToken!(), note, { cookie: 'sid=abc', 'x-forwarded-for': '10.1.2.3', 'user-agent': 'ClinicPC-42' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('"Hello"');
    expect(res.text).toContain('data: [DONE]');
    expect(failing.requests).toHaveLength(1);
    expect(good.requests).toHaveLength(1);
    const { headers, body } = good.requests[0]!;
    expect(headers.cookie).toBeUndefined();
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(headers['user-agent']).not.toBe('ClinicPC-42');
    expect(headers.authorization).toBe('Bearer up-secret');
    expect(body.user).toBeUndefined();
    expect(body.model).toBe('gpt-x');
  });

  it('answers 502 upstream_unavailable when every upstream is down', async () => {
    const gw = await start({ upstreams: [{ url: `http://127.0.0.1:${await freePort()}/v1/chat/completions` }] });
    const res = await postChat(gw.url, await gw.mintAccessToken!(), note);
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text).error.code).toBe('upstream_unavailable');
  });

  it('logs metadata only, never bodies, and records bodies only when asked', async () => {
    const entries: GatewayLogEntry[] = [];
    const gw: RunningGateway = await start({ log: (e) => entries.push(e) });
    await postChat(gw.url, await gw.mintAccessToken!(), note);
    await new Promise((r) => setTimeout(r, 50));
    expect(entries.some((e) => e.path === '/v1/chat/completions' && e.status === 200 && e.upstream === 'offline')).toBe(true);
    const logged = JSON.stringify(entries);
    expect(logged).not.toContain('chest pain');
    expect(logged).not.toContain('demo-clinician-1');
    expect(gw.received).toHaveLength(0);
    const rec = await start({ recordReceived: true });
    await postChat(rec.url, await rec.mintAccessToken!(), note);
    expect(rec.received[0]?.body).toContain('chest pain');
  });

  it('answers CORS preflights for extension origins only', async () => {
    const gw = await start();
    const ok = await fetch(`${gw.url}/v1/chat/completions`, { method: 'OPTIONS', headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'access-control-request-method': 'POST' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const bad = await fetch(`${gw.url}/v1/chat/completions`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('configuration safety', () => {
  it('refuses to expose the dev issuer on a non-loopback host', async () => {
    await expect(startGateway({ host: '0.0.0.0', port: 0, log: false })).rejects.toThrow(/loopback/);
  });

  it('validates tokens of an external issuer through its discovery document', async () => {
    const idp = await start(); // acts as the organisation's issuer
    const gw = await start({ issuer: idp.issuer, devIssuer: false });
    expect((await postChat(gw.url, await idp.mintAccessToken!(), note)).status).toBe(200);
    expect(gw.mintAccessToken).toBeUndefined();
    const other = await start();
    expect((await postChat(gw.url, await other.mintAccessToken!(), note)).status).toBe(401);
  });
});

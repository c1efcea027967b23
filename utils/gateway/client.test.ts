import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/src/server.ts';
import { freePort } from '../../gateway/src/testing.ts';
import { ChartVeilError } from '../errors.ts';
import { streamChat, type ChatMessage } from './client.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => { while (open.length) await open.pop()!.close(); });
const start = async (opts: Parameters<typeof startGateway>[0] = {}) => {
  const gw = await startGateway({ port: 0, log: false, offlineChunkDelayMs: 0, ...opts });
  open.push(gw);
  return gw;
};
const messages: ChatMessage[] = [{ role: 'user', content: 'Patient [NAME_1] admitted with chest pain. Started aspirin 81 mg daily. Follow-up arranged.' }];
const deadUrl = async () => `http://127.0.0.1:${await freePort()}`;
const codeOf = async (p: Promise<unknown>) => {
  try { await p; return 'resolved'; } catch (e) { return e instanceof ChartVeilError ? e.code : String(e); }
};

describe('streamChat against the reference gateway', () => {
  it('streams deltas in order and returns the whole text', async () => {
    const gw = await start();
    const deltas: string[] = [];
    const res = await streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!(), messages, onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(res.text);
    expect(res.text).toContain('Offline demo summary');
    expect(res.usage?.completionTokens).toBeGreaterThan(0);
    // The offline stream really splits placeholders across chunks (what reidentify must survive).
    expect(deltas.some((d) => /\[[A-Z_0-9]*$/.test(d) && !/\[[A-Z]+_\d+\]$/.test(d))).toBe(true);
  });

  it('fails over from a dead primary to the secondary', async () => {
    const gw = await start();
    const res = await streamChat({ endpoints: [await deadUrl(), gw.url], accessToken: await gw.mintAccessToken!(), messages, retries: 1, backoffMs: 5 });
    expect(res.endpoint).toBe(gw.url);
  });

  it('maps 401, 429 and 422 to stable codes without retrying', async () => {
    const gw = await start({ dailyTokenQuota: 10 });
    expect(await codeOf(streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!({ expiresInS: -5 }), messages }))).toBe('ERR_GATEWAY_AUTH');
    expect(await codeOf(streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!(), messages }))).toBe('ERR_GATEWAY_QUOTA');
    const phi: ChatMessage[] = [{ role: 'user', content: 'Reach me at jane.doe@example.com' }];
    expect(await codeOf(streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!({ sub: 'u2' }), messages: phi }))).toBe('ERR_GATEWAY_PHI_REJECTED');
  });

  it('gives ERR_GATEWAY_UNAVAILABLE when both are down, after retrying each with backoff', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => { calls++; return fetch(input, init); };
    const t0 = Date.now();
    expect(await codeOf(streamChat({ endpoints: [await deadUrl(), await deadUrl()], accessToken: 't', messages, retries: 2, backoffMs: 20, fetch: counting }))).toBe('ERR_GATEWAY_UNAVAILABLE');
    expect(calls).toBe(6);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2 * (20 + 40));
  });

  it('retries a 5xx and then succeeds on the same endpoint', async () => {
    const gw = await start();
    let n = 0;
    const flaky: typeof fetch = (input, init) => (++n === 1 ? Promise.resolve(new Response('{}', { status: 503 })) : fetch(input, init));
    const res = await streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!(), messages, backoffMs: 1, fetch: flaky });
    expect(n).toBe(2);
    expect(res.text).toContain('Offline demo summary');
  });

  it('cancels mid-stream with ERR_CANCELLED and stops receiving', async () => {
    const gw: RunningGateway = await start({ offlineChunkDelayMs: 20 });
    const ctrl = new AbortController();
    const deltas: string[] = [];
    const p = streamChat({ endpoints: [gw.url], accessToken: await gw.mintAccessToken!(), messages, signal: ctrl.signal, onDelta: (d) => { deltas.push(d); if (deltas.length === 3) ctrl.abort(); } });
    expect(await codeOf(p)).toBe('ERR_CANCELLED');
    const seen = deltas.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toBe(3);
    expect(deltas.length).toBe(3);
  });

  it('times out a stream that goes silent', async () => {
    const silent: typeof fetch = async () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n')); } }), { status: 200 });
    expect(await codeOf(streamChat({ endpoints: ['http://gw.invalid'], accessToken: 't', messages, idleTimeoutMs: 50, fetch: silent }))).toBe('ERR_GATEWAY_TIMEOUT');
  });
});

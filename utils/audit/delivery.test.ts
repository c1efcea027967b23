import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { deliverPending } from './delivery';
import { fill, freshLog } from './test-helpers';
import { verifyEntries } from './verify';

type Reply = number | 'throw' | { ackedSeq: unknown };
function fakeEndpoint(replies: Reply[]) {
  const received: { entries: { seq: number }[]; publicKey: string }[] = [];
  const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
    const r = replies.shift() ?? 500;
    if (r === 'throw') throw new TypeError('network down');
    const body = JSON.parse(String(init?.body));
    received.push(body);
    if (typeof r === 'number') return new Response('{}', { status: r });
    return new Response(JSON.stringify(r), { status: 200 });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls: fetch, received };
}
const noSleep = async () => {};

describe('audit delivery', () => {
  it('retries with backoff, then advances the cursor only to what was acknowledged', async () => {
    const log = await freshLog();
    await fill(log, 5);
    const ep = fakeEndpoint(['throw', 503, { ackedSeq: 4 }]);
    const sleeps: number[] = [];
    const r = await deliverPending(log, { endpoint: 'https://audit.example.org/in', fetch: ep.fetch, baseDelayMs: 100, sleep: async (ms) => void sleeps.push(ms) });
    expect(r).toEqual({ sent: 5, ackedSeq: 4, pending: 0 });
    expect(sleeps).toEqual([100, 200]);
    const last = ep.received.at(-1)!;
    expect(last.publicKey).toBe(log.publicKey);
    expect(verifyEntries(last.entries, log.publicKey).ok).toBe(true);
  });

  it('keeps un-acknowledged entries when the endpoint stays down, and sends them next time', async () => {
    const log = await freshLog();
    await fill(log, 3);
    const down = fakeEndpoint([500, 500, 500]);
    expect(await deliverPending(log, { endpoint: 'https://a.example/x', fetch: down.fetch, maxAttempts: 3, sleep: noSleep })).toEqual({
      sent: 0, ackedSeq: -1, pending: 3, error: 'ERR_GATEWAY_UNAVAILABLE',
    });
    await fill(log, 1);
    const up = fakeEndpoint([{ ackedSeq: 3 }]);
    expect(await deliverPending(log, { endpoint: 'https://a.example/x', fetch: up.fetch, sleep: noSleep })).toEqual({ sent: 4, ackedSeq: 3, pending: 0 });
    expect(up.received[0]!.entries.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect((await log.entries()).length).toBe(4); // delivery never deletes local entries
  });

  it('a partial ack leaves the rest pending; batches follow in order', async () => {
    const log = await freshLog();
    await fill(log, 5);
    const ep = fakeEndpoint([{ ackedSeq: 1 }, { ackedSeq: 3 }, { ackedSeq: 4 }]);
    const r = await deliverPending(log, { endpoint: 'https://a.example/x', fetch: ep.fetch, batchSize: 3, sleep: noSleep });
    expect(r).toEqual({ sent: 5, ackedSeq: 4, pending: 0 });
    expect(ep.received.map((b) => b.entries.map((e) => e.seq))).toEqual([[0, 1, 2], [2, 3, 4], [4]]);
  });

  it('auth failures and bogus acks stop without moving the cursor', async () => {
    const log = await freshLog();
    await fill(log, 2);
    for (const [reply, error] of [[401, 'ERR_GATEWAY_AUTH'], [{ ackedSeq: 99 }, 'ERR_GATEWAY_RESPONSE'], [{ ackedSeq: 'all' }, 'ERR_GATEWAY_RESPONSE'], [400, 'ERR_GATEWAY_RESPONSE']] as const) {
      const ep = fakeEndpoint([reply as Reply]);
      expect(await deliverPending(log, { endpoint: 'https://a.example/x', fetch: ep.fetch, sleep: noSleep })).toEqual({ sent: 0, ackedSeq: -1, pending: 2, error });
      expect(ep.calls).toHaveBeenCalledTimes(1);
    }
  });

  it('refuses a plain-http endpoint other than loopback', async () => {
    const log = await freshLog();
    await expect(deliverPending(log, { endpoint: 'http://audit.example.org', fetch: fakeEndpoint([]).fetch })).rejects.toMatchObject({ code: 'ERR_POLICY_INVALID' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/src/server.ts';
import { freePort } from '../../gateway/src/testing.ts';
import { ChartVeilError } from '../errors.ts';
import { streamChat, type ChatMessage } from './client.ts';
import { createOfflineQueue, memoryQueueStorage } from './queue.ts';

let gw: RunningGateway | undefined;
afterEach(async () => { await gw?.close(); gw = undefined; });

describe('offline queue', () => {
  it('queues while both gateways are down and sends everything, in order, when one returns', async () => {
    const [p1, p2] = [await freePort(), await freePort()];
    const endpoints = [`http://127.0.0.1:${p1}`, `http://127.0.0.1:${p2}`];
    const results: string[] = [];
    const send = async (messages: ChatMessage[]) => {
      if (!gw) throw new ChartVeilError('ERR_GATEWAY_UNAVAILABLE', 'down');
      const { text } = await streamChat({ endpoints, accessToken: await gw.mintAccessToken!(), messages, retries: 0 });
      results.push(text);
    };
    const storage = memoryQueueStorage<ChatMessage[]>();
    const queue = createOfflineQueue({ storage, send: (m) => send(m) });
    const notes = ['First note: patient [NAME_1] admitted with chest pain.', 'Second note: [NAME_2] reports fever and cough.', 'Third note: follow-up for [NAME_3] diabetes plan.'];

    for (const n of notes) {
      const messages: ChatMessage[] = [{ role: 'user', content: n }];
      const err = await streamChat({ endpoints, accessToken: 't', messages, retries: 1, backoffMs: 1 }).catch((e: ChartVeilError) => e);
      expect((err as ChartVeilError).code).toBe('ERR_GATEWAY_UNAVAILABLE');
      await queue.enqueue(messages);
    }
    const down = await queue.flush();
    expect(down).toMatchObject({ sent: [], remaining: 3, stoppedBy: 'ERR_GATEWAY_UNAVAILABLE' });
    expect(storage.items.map((i) => i.attempts)).toEqual([1, 0, 0]);

    gw = await startGateway({ port: p2, log: false, offlineChunkDelayMs: 0 }); // the secondary comes back
    const up = await queue.flush();
    expect(up.sent).toHaveLength(3);
    expect(up.remaining).toBe(0);
    expect(results.map((r) => /\[NAME_\d\]/.exec(r)?.[0])).toEqual(['[NAME_1]', '[NAME_2]', '[NAME_3]']);
  });

  it('holds a PHI-rejected item for the user and goes on with the next', async () => {
    const storage = memoryQueueStorage<string>();
    const sent: string[] = [];
    const queue = createOfflineQueue({ storage, send: async (p) => { if (p === 'bad') throw new ChartVeilError('ERR_GATEWAY_PHI_REJECTED', 'x'); sent.push(p); } });
    await queue.enqueue('bad');
    await queue.enqueue('good');
    const r = await queue.flush();
    expect(sent).toEqual(['good']);
    expect(r.remaining).toBe(1);
    expect(storage.items[0]).toMatchObject({ payload: 'bad', held: true, lastError: 'ERR_GATEWAY_PHI_REJECTED' });
  });

  it('keeps items enqueued during a flush and shares one flush run', async () => {
    const storage = memoryQueueStorage<number>();
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const queue = createOfflineQueue({ storage, send: async () => { await gate; } });
    await queue.enqueue(1);
    const a = queue.flush();
    const b = queue.flush();
    expect(a).toBe(b);
    await queue.enqueue(2);
    release();
    const r = await a;
    expect(r.sent.length + r.remaining).toBe(2);
    expect((await queue.flush()).remaining).toBe(0);
  });

  it('auto-flush retries with backoff until the gateway is back', async () => {
    let up = false;
    const queue = createOfflineQueue({ storage: memoryQueueStorage<string>(), send: async () => { if (!up) throw new ChartVeilError('ERR_GATEWAY_UNAVAILABLE', 'down'); } });
    await queue.enqueue('x');
    const stop = queue.startAutoFlush({ initialDelayMs: 10, maxDelayMs: 40 });
    await new Promise((r) => setTimeout(r, 60));
    expect(await queue.list()).toHaveLength(1);
    up = true;
    await new Promise((r) => setTimeout(r, 120));
    stop();
    expect(await queue.list()).toHaveLength(0);
  });
});

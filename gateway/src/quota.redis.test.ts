import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './server.ts';
import { freePort, postChat } from './testing.ts';

const REDIS = '/usr/bin/redis-server';
const hasRedis = existsSync(REDIS);
if (!hasRedis) console.warn(`SKIPPED: Redis-backed quota test needs ${REDIS} (apt-get install redis-server)`);

describe.skipIf(!hasRedis)('quota shared through Redis by two gateway replicas', () => {
  let redis: ChildProcess;
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    const { createClient } = await import('redis');
    for (let i = 0; i < 50; i++) {
      try {
        const c = createClient({ url, socket: { reconnectStrategy: false } });
        c.on('error', () => {});
        await c.connect();
        await c.quit();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('redis-server did not start');
  });
  afterAll(() => { redis?.kill(); });

  it('a budget spent on replica A is refused by replica B', async () => {
    const opts = { port: 0, log: false as const, offlineChunkDelayMs: 0, dailyTokenQuota: 60, redisUrl: url };
    const a = await startGateway(opts);
    const b = await startGateway(opts);
    try {
      const note = [{ role: 'user', content: 'Patient [NAME_1] admitted with chest pain. Started aspirin 81 mg daily.' }];
      const token = await a.mintAccessToken!({ sub: 'shared-user' });
      // Each replica has its own dev signing key: mint B's token for the same subject.
      const tokenB = await b.mintAccessToken!({ sub: 'shared-user' });
      expect((await postChat(a.url, token, note)).status).toBe(200);
      const refused = await postChat(b.url, tokenB, note);
      expect(refused.status).toBe(429);
      expect(JSON.parse(refused.text).error.code).toBe('quota_exceeded');
      // A fresh subject still has its own budget on B.
      expect((await postChat(b.url, await b.mintAccessToken!({ sub: 'other-user' }), note)).status).toBe(200);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

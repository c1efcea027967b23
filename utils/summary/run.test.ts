import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/src/server.ts';
import { freePort } from '../../gateway/src/testing.ts';
import { createOfflineQueue, memoryQueueStorage } from '../gateway/queue.ts';
import { segmentsToText } from '../reidentify/view.ts';
import { createSummarizer, queueSender, type SummaryOutcome, type SummaryRequest, type SummaryState } from './run.ts';
import { BUILTIN_TEMPLATES } from './templates.ts';

let gw: RunningGateway | undefined;
afterEach(async () => { await gw?.close(); gw = undefined; });

const req: SummaryRequest = {
  sanitized: 'Patient [NAME_1] was admitted with chest pain. Started aspirin. Follow-up with [NAME_2] in clinic next week.',
  placeholders: [{ placeholder: '[NAME_1]', original: 'Anna Smith' }, { placeholder: '[NAME_2]', original: 'Dr. Lee' }],
  template: BUILTIN_TEMPLATES[0]!,
};
const authFor = (getGw: () => RunningGateway | undefined) => {
  const auth = { invalidated: 0, expired: false,
    async getAccessToken() { const g = getGw(); return g ? g.mintAccessToken!(auth.expired ? { expiresInS: -5 } : {}) : 'gateway-not-started'; },
    async invalidate() { auth.invalidated++; } };
  return auth;
};

describe('createSummarizer', () => {
  it('streams through sending -> streaming -> done with names restored locally', async () => {
    gw = await startGateway({ port: 0, log: false, offlineChunkDelayMs: 0, recordReceived: true });
    const states: SummaryState[] = [];
    let updates = 0;
    const s = createSummarizer({ endpoints: () => [gw!.url], auth: authFor(() => gw) });
    const out = await s.summarize(req, { onState: (x) => states.push(x), onSegments: () => updates++ });
    expect(states).toEqual(['sending', 'streaming', 'done']);
    expect(updates).toBeGreaterThan(3);
    const shown = segmentsToText(out.segments, 'reidentified');
    expect(shown).toContain('Anna Smith');
    expect(shown).toContain('Dr. Lee');
    expect(segmentsToText(out.segments, 'masked')).toContain('[NAME_1]');
    const received = gw.received.map((r) => r.body).join('\n');
    expect(received).not.toContain('Anna Smith');
    expect(received).not.toContain('Dr. Lee');
  });

  it('goes to signed-out on 401 and drops the token', async () => {
    gw = await startGateway({ port: 0, log: false, offlineChunkDelayMs: 0 });
    const auth = authFor(() => gw);
    auth.expired = true;
    const out = await createSummarizer({ endpoints: () => [gw!.url], auth }).summarize(req);
    expect(out.state).toBe('signed-out');
    expect(out.error?.code).toBe('ERR_GATEWAY_AUTH');
    expect(auth.invalidated).toBe(1);
  });

  it('queues when both gateways are down and delivers the re-identified result on recovery', async () => {
    const [p1, p2] = [await freePort(), await freePort()];
    const endpoints = () => [`http://127.0.0.1:${p1}`, `http://127.0.0.1:${p2}`];
    const deps = { endpoints, auth: authFor(() => gw), client: { retries: 0, backoffMs: 1 } };
    const delivered: SummaryOutcome[] = [];
    const storage = memoryQueueStorage<SummaryRequest>();
    const queue = createOfflineQueue({ storage, send: queueSender(deps, (o) => { delivered.push(o); }) });
    const s = createSummarizer({ ...deps, queue });
    const out = await s.summarize(req);
    expect(out.state).toBe('queued');
    expect(storage.items).toHaveLength(1);
    expect(await s.flushQueue()).toEqual({ sent: 0, remaining: 1, stoppedBy: 'ERR_GATEWAY_UNAVAILABLE' });
    gw = await startGateway({ port: p1, log: false, offlineChunkDelayMs: 0 });
    expect(await s.flushQueue()).toEqual({ sent: 1, remaining: 0 });
    expect(segmentsToText(delivered[0]!.segments, 'reidentified')).toContain('Anna Smith');
  });

  it('reports a cancel mid-stream as ERR_CANCELLED', async () => {
    gw = await startGateway({ port: 0, log: false, offlineChunkDelayMs: 15 });
    const ctrl = new AbortController();
    const out = await createSummarizer({ endpoints: () => [gw!.url], auth: authFor(() => gw) }).summarize(req, { signal: ctrl.signal, onState: (x) => { if (x === 'streaming') ctrl.abort(); } });
    expect(out.state).toBe('error');
    expect(out.error?.code).toBe('ERR_CANCELLED');
  });
});

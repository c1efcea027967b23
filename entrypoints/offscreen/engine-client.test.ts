import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from './engine-protocol';

/** A stand-in for the engine worker: records what it is sent; the test answers for it. */
class FakeWorker {
  static all: FakeWorker[] = [];
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(m: WorkerRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: WorkerReply) {
    this.onmessage!({ data: r });
  }
  crash() {
    this.onerror!({ preventDefault() {} });
  }
}
vi.mock('./engine.worker?worker', () => ({ default: FakeWorker }));

const load = async () => {
  vi.resetModules();
  FakeWorker.all = [];
  return import('./engine-client');
};

describe('engine client', () => {
  beforeEach(() => vi.stubGlobal('navigator', { hardwareConcurrency: 8 }));

  it('starts one worker with min(4, cores) threads and matches replies to requests by id', async () => {
    const client = await load();
    client.startEngine();
    const a = client.analyzeInWorker('first', [], {}, () => {});
    const b = client.engineStatus();
    expect(FakeWorker.all).toHaveLength(1);
    const [w] = FakeWorker.all;
    expect(w!.sent[0]).toEqual({ id: 0, kind: 'init', threads: 4 });
    const [, analyze, status] = w!.sent as [WorkerRequest, Extract<WorkerRequest, { kind: 'analyze' }>, WorkerRequest];
    expect(analyze).toMatchObject({ kind: 'analyze', text: 'first' });
    w!.reply({ id: status.id, kind: 'result', value: { engineReady: true } as never });
    w!.reply({ id: analyze.id, kind: 'result', value: { sanitized: 'x' } as never });
    await expect(b).resolves.toEqual({ engineReady: true });
    await expect(a).resolves.toEqual({ sanitized: 'x' });
  });

  it('passes progress to the caller and turns an error reply into a coded error', async () => {
    const client = await load();
    const progress = vi.fn();
    const run = client.analyzeInWorker('note', [], {}, progress);
    const w = FakeWorker.all[0]!;
    const id = w.sent[1]!.id;
    w.reply({ id, kind: 'progress', done: 1, total: 3 });
    w.reply({ id, kind: 'error', error: { code: 'ERR_MODEL_LOAD', message: 'The PHI model could not be loaded' } });
    expect(progress).toHaveBeenCalledWith(1, 3);
    await expect(run).rejects.toMatchObject({ code: 'ERR_MODEL_LOAD' });
  });

  it('fails pending requests clearly when the worker dies, and starts a new one for the next request', async () => {
    const client = await load();
    const run = client.analyzeInWorker('note', [], {}, () => {});
    const first = FakeWorker.all[0]!;
    first.crash();
    await expect(run).rejects.toMatchObject({ code: 'ERR_ENGINE' });
    expect(first.terminated).toBe(true);
    const next = client.analyzeInWorker('again', [], {}, () => {});
    expect(FakeWorker.all).toHaveLength(2);
    const second = FakeWorker.all[1]!;
    second.reply({ id: second.sent[1]!.id, kind: 'result', value: { sanitized: 'ok' } as never });
    await expect(next).resolves.toEqual({ sanitized: 'ok' });
  });
});

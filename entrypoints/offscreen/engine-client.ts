/**
 * The offscreen document's handle on its engine worker: one request id per call, replies matched
 * by id, progress passed to the caller. If the worker dies (a crash, out of memory), every pending
 * call fails with ERR_ENGINE and the next call starts a fresh worker, which reloads the engine.
 */
import { ChartVeilError } from '@/utils/errors';
import type { AnalysisResult, EngineOverrides, OffscreenStatus } from '@/utils/messaging/offscreen-protocol';
import type { WorkerReply, WorkerRequest } from './engine-protocol';
import EngineWorker from './engine.worker?worker';

/** A request without its id (distributes over the union, unlike Omit). */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new ChartVeilError('ERR_ENGINE', message));
  pending.clear();
}

function start(): Worker {
  const w = new EngineWorker();
  // The document decides the thread count: min(4, cores), as issue #3 specifies (`npm run bench`
  // measures 1 vs 2 vs 4 by overriding the document's navigator.hardwareConcurrency).
  const threads = Math.min(4, navigator.hardwareConcurrency || 1);
  w.postMessage({ id: 0, kind: 'init', threads } satisfies WorkerRequest);
  w.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.kind === 'progress') return p.onProgress?.(reply.done, reply.total);
    pending.delete(reply.id);
    if (reply.kind === 'result') p.resolve(reply.value as never);
    else p.reject(new ChartVeilError(reply.error.code, reply.error.message));
  };
  // The event's message may quote engine internals, never shown: the code says what happened.
  w.onerror = (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = undefined;
    failAll('The on-device engine stopped; try again');
  };
  return w;
}

function call<T>(request: Request, onProgress?: Pending['onProgress']): Promise<T> {
  worker ??= start();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as Pending['resolve'], reject, onProgress });
    worker!.postMessage({ ...request, id } as WorkerRequest);
  });
}

/** Starts the worker (and so the engine load) now, so the first request finds it warm. */
export function startEngine(): void {
  worker ??= start();
}

/**
 * Analyses `text` on the engine's thread.
 * @example const result = await analyzeInWorker('DR SMITH', [], {}, () => {}) // result.sanitized === 'DR [NAME_1]'
 */
export function analyzeInWorker(
  text: string, known: string[], policy: EngineOverrides, onProgress: (done: number, total: number) => void,
): Promise<AnalysisResult> {
  return call<AnalysisResult>({ kind: 'analyze', text, known, policy }, onProgress);
}

/** The engine's status (ready, model version, ORT threads, start-up times). */
export function engineStatus(): Promise<OffscreenStatus> {
  return call<OffscreenStatus>({ kind: 'status' });
}

/**
 * The PHI engine's own thread. The offscreen document shares its renderer's main thread with the
 * side panel, so an analysis run there froze the panel and was slowed by every panel render
 * (measured: a 600 ms panel task delayed an offscreen reply by 557 ms). Here the engine, ORT
 * (extern-wasm build from /ort/, SIMD, min(4, cores) threads) and the lexicons run on a worker.
 * The engine loads, and runs once on a synthetic note, as soon as the document sends `init`
 * with the ORT thread count.
 */
import * as ort from 'onnxruntime-web/wasm';
import { createPhiEngine, type EngineAssets, type PhiEngine } from '@/utils/detection';
import { ChartVeilError, toSerializedError } from '@/utils/errors';
import type { OffscreenStatus } from '@/utils/messaging/offscreen-protocol';
import type { WorkerReply, WorkerRequest } from './engine-protocol';
import { startWarmUp, WARM_UP_NOTE, type WarmUp } from './warm-up';

/** The worker's global scope (the project's TS lib is DOM, not WebWorker). */
const scope = self as unknown as { postMessage(reply: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

ort.env.wasm.wasmPaths = new URL('/ort/', self.location.origin).href;

/** Engine assets are files of the extension package (models/, lexicons/ from public/). */
const assets: EngineAssets = {
  readText: async (path) => (await fetchAsset(path)).text(),
  readBytes: async (path) => new Uint8Array(await (await fetchAsset(path)).arrayBuffer()),
};

async function fetchAsset(path: string): Promise<Response> {
  const response = await fetch(new URL(`/${path}`, self.location.origin));
  if (!response.ok) throw new ChartVeilError('ERR_MODEL_LOAD', `Engine asset missing from the package: ${path}`);
  return response;
}

let enginePromise: Promise<PhiEngine> | undefined;
let engine: PhiEngine | undefined;
let analyses = 0;
let warmUpMs = 0;
let warmUp: WarmUp | undefined;

/**
 * Idle warm-up after the load (warm-up.ts), ~8 s in all: the first pass is one engine chunk long
 * (ORT grows its buffers for a full window once), the others ~6k chars, 200 ms apart. 30 passes:
 * measured, 12 left the first ~7 analyses of a 30k note slow.
 */
const WARM_UP_PASSES = 30;
const WARM_UP_GAP_MS = 200;
const warmUpPass = (e: PhiEngine, index: number) => e.analyze(WARM_UP_NOTE.repeat(index === 0 ? 34 : 12));

/**
 * Loads the engine and runs it once on the warm-up note, so the first real selection finds an
 * ORT session with its buffers allocated; further passes follow while the engine is idle. (Skipping
 * this run when a request already waits was measured and not kept: the first analysis then took
 * ~250 ms instead of ~50, so the cost only moved.)
 */
async function loadEngine(): Promise<PhiEngine> {
  const e = await createPhiEngine({ assets, ort });
  const t0 = performance.now();
  await e.analyze(WARM_UP_NOTE.repeat(3));
  warmUpMs = performance.now() - t0;
  warmUp = startWarmUp((i) => warmUpPass(e, i), { passes: WARM_UP_PASSES, gapMs: WARM_UP_GAP_MS });
  return e;
}

/** The memoised engine; a failed load is forgotten so the next request retries (fail closed there). */
function getEngine(): Promise<PhiEngine> {
  enginePromise ??= loadEngine().then(
    (e) => (engine = e),
    (error: unknown) => {
      enginePromise = undefined;
      throw error;
    },
  );
  return enginePromise;
}

const PROGRESS_INTERVAL_MS = 100;

async function analyze(id: number, request: Extract<WorkerRequest, { kind: 'analyze' }>) {
  const phi = await getEngine();
  const done = warmUp?.busy();
  try {
    await warmUp?.idle();
    return await analyzeNow(phi, id, request);
  } finally {
    done?.();
  }
}

async function analyzeNow(phi: PhiEngine, id: number, request: Extract<WorkerRequest, { kind: 'analyze' }>) {
  analyses++;
  // Progress only for an analysis still running after PROGRESS_INTERVAL_MS, never for the last
  // chunk (the result follows at once): a quick one costs no panel updates.
  let lastProgress = performance.now();
  const analysis = await phi.analyze(request.text, {
    known: request.known,
    policy: request.policy,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done >= total || now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      post({ id, kind: 'progress', done, total });
    },
  });
  const { sanitized, placeholders, counts, ms, detectorMs } = analysis;
  return { sanitized, placeholders, counts, ms, detectorMs, modelVersion: phi.modelVersion };
}

function status(): OffscreenStatus {
  return {
    engineReady: engine !== undefined,
    modelVersion: engine?.modelVersion ?? null,
    threads: ort.env.wasm.numThreads ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    analyses,
    loadMs: engine ? { ...engine.loadMs, warmUp: warmUpMs } : null,
  };
}

function post(reply: WorkerReply): void {
  scope.postMessage(reply);
}

// Only the offscreen document that created this worker can post to it.
scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'init') {
      ort.env.wasm.numThreads = request.threads;
      getEngine().catch(() => undefined); // a failure is retried by the first request (fail closed there)
      return;
    }
    const value = request.kind === 'status' ? status() : await analyze(request.id, request);
    post({ id: request.id, kind: 'result', value });
  } catch (error) {
    post({ id: request.id, kind: 'error', error: toSerializedError(error) });
  }
};


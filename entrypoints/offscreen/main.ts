/**
 * The offscreen document: the only place the PHI engine runs. Hosts onnxruntime-web (extern-wasm
 * build served from /ort/, SIMD, min(4, cores) threads) and answers `offscreen.*` messages. The engine
 * is created, and run once on a synthetic note, as soon as the document starts (the background
 * creates the document when an allowed EHR page opens, so the first sanitize does not pay); its
 * promise is memoised (reset on failure so a later request retries); requests run one at a time
 * and a request superseded while queued is cancelled. Failures reply with a code, never the text.
 */
import * as ort from 'onnxruntime-web/wasm';
import { browser } from 'wxt/browser';
import { createPhiEngine, type EngineAssets, type PhiEngine } from '@/utils/detection';
import { ChartVeilError } from '@/utils/errors';
import { sendToBackground, selfIdentity } from '@/utils/messaging/client';
import { offscreenValidators, type AnalysisResult, type EngineOverrides, type OffscreenProtocol } from '@/utils/messaging/offscreen-protocol';
import { createRouter } from '@/utils/messaging/router';
import type { Handlers } from '@/utils/messaging/types';

ort.env.wasm.wasmPaths = new URL('/ort/', location.href).href;
// min(4, cores), as issue #3 specifies; `npm run bench` measures 1 vs 2 vs 4 (docs/benchmarks.md).
ort.env.wasm.numThreads = Math.min(4, navigator.hardwareConcurrency || 1);

/** Engine assets are files of the extension package (models/, lexicons/ from public/). */
const assets: EngineAssets = {
  readText: async (path) => (await fetchAsset(path)).text(),
  readBytes: async (path) => new Uint8Array(await (await fetchAsset(path)).arrayBuffer()),
};

async function fetchAsset(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(`/${path}` as '/'));
  if (!response.ok) throw new ChartVeilError('ERR_MODEL_LOAD', `Engine asset missing from the package: ${path}`);
  return response;
}

let enginePromise: Promise<PhiEngine> | undefined;
let engine: PhiEngine | undefined;
let analyses = 0;
let warmUpMs = 0;

/**
 * Synthetic, PHI-free text run once when the engine loads: the first real selection then finds
 * JIT-compiled detectors and an ORT session that has already allocated its buffers.
 */
const WARM_UP_NOTE = 'Warm-up note. PT SEEN BY DR EXAMPLE ON 1/2/2000 AT EXAMPLE GENERAL HOSPITAL, MRN 0000-0000.\n'
  + 'Patient is a 60 yo with CHF on lisinopril 10 mg daily; follow up with Dr. Example in 2 weeks.';

async function loadEngine(): Promise<PhiEngine> {
  const e = await createPhiEngine({ assets, ort });
  const t0 = performance.now();
  await e.analyze(WARM_UP_NOTE.repeat(8));
  warmUpMs = performance.now() - t0;
  return e;
}

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

let queue: Promise<unknown> = Promise.resolve();
let latestRequestId = '';
const PROGRESS_INTERVAL_MS = 100;

async function sanitize(requestId: string, text: string, known: string[], policy: EngineOverrides): Promise<AnalysisResult> {
  if (requestId !== latestRequestId) throw new ChartVeilError('ERR_CANCELLED', 'A newer selection replaced this one');
  const phi = await getEngine();
  analyses++;
  // Progress only for an analysis still running after PROGRESS_INTERVAL_MS, never for the last
  // chunk (the result follows at once): a quick one costs no panel updates.
  let lastProgress = performance.now();
  const analysis = await phi.analyze(text, {
    known,
    policy,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done >= total || now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      sendToBackground('bg.sanitizeProgress', { requestId, done, total }).catch(() => undefined);
    },
  });
  const { sanitized, placeholders, counts, ms, detectorMs } = analysis;
  return { sanitized, placeholders, counts, ms, detectorMs, modelVersion: phi.modelVersion };
}

const handlers = {
  'offscreen.sanitize': ({ requestId, text, known, policy }) => {
    latestRequestId = requestId;
    const run = queue.then(() => sanitize(requestId, text, known, policy));
    queue = run.catch(() => undefined);
    return run;
  },
  'offscreen.status': () => ({
    engineReady: engine !== undefined,
    modelVersion: engine?.modelVersion ?? null,
    threads: ort.env.wasm.numThreads ?? 1,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    analyses,
    loadMs: engine ? { ...engine.loadMs, warmUp: warmUpMs } : null,
  }),
} satisfies Handlers<OffscreenProtocol>;

// Start loading the engine now; a failure here is retried by the first request (fail closed there).
getEngine().catch(() => undefined);

browser.runtime.onMessage.addListener(
  createRouter<OffscreenProtocol>({ prefix: 'offscreen.', handlers, validators: offscreenValidators, self: selfIdentity() }),
);

/**
 * The offscreen document: answers `offscreen.*` messages for the PHI engine, which runs on its own
 * worker (engine.worker.ts) so that it neither blocks nor waits on the side panel, whose page
 * shares this renderer's main thread. The background creates the document when an allowed EHR
 * page opens, and the worker starts loading the engine at once, so the first sanitize does not pay.
 * Requests run one at a time and a request superseded while queued is cancelled. Failures reply
 * with a code, never the text.
 */
import { browser } from 'wxt/browser';
import { ChartVeilError } from '@/utils/errors';
import { sendToBackground, selfIdentity } from '@/utils/messaging/client';
import { offscreenValidators, type AnalysisResult, type EngineOverrides, type OffscreenProtocol } from '@/utils/messaging/offscreen-protocol';
import { createRouter } from '@/utils/messaging/router';
import type { Handlers } from '@/utils/messaging/types';
import { analyzeInWorker, engineStatus, startEngine } from './engine-client';

let queue: Promise<unknown> = Promise.resolve();
let latestRequestId = '';

async function sanitize(requestId: string, text: string, known: string[], policy: EngineOverrides): Promise<AnalysisResult> {
  if (requestId !== latestRequestId) throw new ChartVeilError('ERR_CANCELLED', 'A newer selection replaced this one');
  return analyzeInWorker(text, known, policy, (done, total) => {
    sendToBackground('bg.sanitizeProgress', { requestId, done, total }).catch(() => undefined);
  });
}

const handlers = {
  'offscreen.sanitize': ({ requestId, text, known, policy }) => {
    latestRequestId = requestId;
    const run = queue.then(() => sanitize(requestId, text, known, policy));
    queue = run.catch(() => undefined);
    return run;
  },
  'offscreen.status': () => engineStatus(),
} satisfies Handlers<OffscreenProtocol>;

// Start loading the engine now; a failure there is retried by the first request (fail closed there).
startEngine();

browser.runtime.onMessage.addListener(
  createRouter<OffscreenProtocol>({ prefix: 'offscreen.', handlers, validators: offscreenValidators, self: selfIdentity() }),
);

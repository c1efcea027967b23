/**
 * Runs one capture through the engine and publishes each step to `session:analysis` for the panel.
 * Latest request wins: results and progress of a superseded request are dropped, so the panel
 * never shows a stale result for a newer selection. Failures are published as coded errors only.
 */
import { browser } from 'wxt/browser';
import type { CapturedSelection } from '@/utils/capture/types';
import { ChartVeilError, toSerializedError } from '@/utils/errors';
import { sendToOffscreen } from '@/utils/messaging/client';
import { analysisItem, type AnalysisState } from '@/utils/messaging/panel-state';
import { recordAnalysis } from './analysis-record';
import { ensureOffscreen } from './offscreen-host';
import type { CaptureSettings } from './policy-inputs';

/** Longest we wait for the engine (cold model load + a large note) before failing clearly. */
const SANITIZE_TIMEOUT_MS = 120_000;

let current: { requestId: string; source: CapturedSelection['source']; chars: number; settled: boolean } | undefined;

/**
 * Sanitizes `capture` in the offscreen document and publishes loading -> done | error.
 * `settings` carries the policy's size limit and engine overrides; `offscreenReady` is an
 * ensureOffscreen() the caller already started beside the capture.
 * @example await analyzeCapture({ text, source: 'page' }, ['DOE, JANE'], await captureSettings())
 */
export async function analyzeCapture(
  capture: CapturedSelection, known: string[], settings: Pick<CaptureSettings, 'maxSelectionChars' | 'engine'>,
  offscreenReady?: Promise<void>,
): Promise<void> {
  const requestId = crypto.randomUUID();
  const { text, source } = capture;
  current = { requestId, source, chars: text.length, settled: false };
  if (!text.trim()) return settle(requestId, new ChartVeilError('ERR_EMPTY_INPUT', 'Nothing is selected'));
  const max = settings.maxSelectionChars;
  if (text.length > max) {
    return settle(requestId, new ChartVeilError('ERR_INPUT_TOO_LARGE', `Selection is longer than ${max} characters`));
  }
  // The panel's "loading" state is written while the engine already works (it is settled after).
  const loading = publish(requestId, { status: 'loading', requestId, source, chars: text.length, progress: null });
  try {
    await (offscreenReady ?? ensureOffscreen());
    const result = await withTimeout(sendToOffscreen('offscreen.sanitize', { requestId, text, known, policy: settings.engine }), SANITIZE_TIMEOUT_MS);
    await loading;
    await settle(requestId, null, { status: 'done', requestId, source, chars: text.length, result });
    if (current?.requestId === requestId) void recordAnalysis({ requestId, chars: text.length, known, result });
  } catch (error) {
    await loading.catch(() => undefined);
    await settle(requestId, error);
  }
}

/** Applies an engine progress report if it belongs to the current, unsettled request. */
export async function reportProgress(requestId: string, done: number, total: number): Promise<void> {
  if (!current || current.requestId !== requestId || current.settled) return;
  const { source, chars } = current;
  await publish(requestId, { status: 'loading', requestId, source, chars, progress: { done, total } });
}

/**
 * Turns a `loading` state left by a previous worker instance into a clear error. The in-flight
 * request died with that instance (its reply channel is gone), so without this the panel would
 * spin forever. Safe at any time: a request started by this instance is never touched.
 * @example await recoverInterrupted() // at worker start and on the panel's bg.ping
 */
export async function recoverInterrupted(): Promise<void> {
  const state = await analysisItem.getValue();
  if (state.status !== 'loading' || current !== undefined) return;
  await analysisItem.setValue({
    status: 'error',
    requestId: state.requestId,
    error: { code: 'ERR_OFFSCREEN_UNAVAILABLE', message: 'The request was interrupted; select the text again' },
  });
}

/** True while a side panel (or sidepanel.html in a tab) is open to show results. */
export async function isPanelOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['SIDE_PANEL', 'TAB'],
    documentUrls: [browser.runtime.getURL('/sidepanel.html')],
  });
  return contexts.length > 0;
}

async function settle(requestId: string, error: unknown, done?: AnalysisState): Promise<void> {
  if (!current || current.requestId !== requestId) return;
  current.settled = true;
  const state: AnalysisState = done ?? { status: 'error', requestId, error: toSerializedError(error, 'ERR_OFFSCREEN_UNAVAILABLE') };
  await analysisItem.setValue(state);
}

async function publish(requestId: string, state: AnalysisState): Promise<void> {
  if (current?.requestId === requestId && !current.settled) await analysisItem.setValue(state);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ChartVeilError('ERR_OFFSCREEN_UNAVAILABLE', 'The on-device engine did not answer in time')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

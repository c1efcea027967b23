import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analysisItem } from '@/utils/messaging/panel-state';
import type { AnalysisResult } from '@/utils/messaging/offscreen-protocol';

const pending: { resolve?: (r: AnalysisResult) => void } = {};
vi.mock('./offscreen-host', () => ({ ensureOffscreen: vi.fn(async () => undefined) }));
vi.mock('@/utils/messaging/client', () => ({
  sendToOffscreen: vi.fn(() => new Promise<AnalysisResult>((resolve) => (pending.resolve = resolve))),
}));

const settings = { maxSelectionChars: 100, engine: {} };
const result: AnalysisResult = { sanitized: 'DR [NAME_1]', placeholders: [], counts: { NAME: 1 }, ms: 1, modelVersion: 't' };

describe('analysis state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    pending.resolve = undefined;
  });

  it('turns a loading state left by a previous worker instance into a coded error', async () => {
    const { recoverInterrupted } = await import('./analysis');
    await analysisItem.setValue({ status: 'loading', requestId: 'old', source: 'page', chars: 10, progress: null });
    await recoverInterrupted();
    expect(await analysisItem.getValue()).toMatchObject({ status: 'error', requestId: 'old', error: { code: 'ERR_OFFSCREEN_UNAVAILABLE' } });
  });

  it('leaves a request of this instance alone and publishes its result', async () => {
    const { analyzeCapture, recoverInterrupted } = await import('./analysis');
    const run = analyzeCapture({ text: 'DR OKAFOR', source: 'page' }, [], settings);
    await vi.waitFor(() => expect(pending.resolve).toBeDefined());
    await recoverInterrupted();
    expect((await analysisItem.getValue()).status).toBe('loading');
    pending.resolve!(result);
    await run;
    expect(await analysisItem.getValue()).toMatchObject({ status: 'done', chars: 9, result: { sanitized: 'DR [NAME_1]' } });
  });

  it('refuses empty and oversized selections without calling the engine', async () => {
    const { analyzeCapture } = await import('./analysis');
    await analyzeCapture({ text: '  ', source: 'page' }, [], settings);
    expect(await analysisItem.getValue()).toMatchObject({ status: 'error', error: { code: 'ERR_EMPTY_INPUT' } });
    await analyzeCapture({ text: 'x'.repeat(101), source: 'page' }, [], settings);
    expect(await analysisItem.getValue()).toMatchObject({ status: 'error', error: { code: 'ERR_INPUT_TOO_LARGE' } });
  });

  it('drops the result of a superseded request (latest wins)', async () => {
    const { analyzeCapture } = await import('./analysis');
    const first = analyzeCapture({ text: 'first', source: 'page' }, [], settings);
    await vi.waitFor(() => expect(pending.resolve).toBeDefined());
    const resolveFirst = pending.resolve!;
    pending.resolve = undefined;
    const second = analyzeCapture({ text: 'second!', source: 'page' }, [], settings);
    await vi.waitFor(() => expect(pending.resolve).toBeDefined());
    resolveFirst({ ...result, sanitized: 'stale' });
    await first;
    expect((await analysisItem.getValue()).status).toBe('loading');
    pending.resolve!({ ...result, sanitized: 'fresh' });
    await second;
    expect(await analysisItem.getValue()).toMatchObject({ status: 'done', chars: 7, result: { sanitized: 'fresh' } });
  });
});

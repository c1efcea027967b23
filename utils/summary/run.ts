/**
 * One summarize run as the side panel drives it: template -> (chunked) streaming request through
 * the gateway client -> streaming re-identification -> state changes. Owns the state machine
 * (sending, streaming, done, offline-queued, signed-out, error) and the rule that a request made
 * while every gateway is down is queued, not lost. Placeholder maps stay local (queue payloads
 * carry them, so the queue's storage must be the vault's encrypted store or session memory).
 */
import { ChartVeilError, toSerializedError, type SerializedError } from '../errors.ts';
import type { Auth } from '../gateway/auth.ts';
import { streamChat, type ChatMessage } from '../gateway/client.ts';
import type { OfflineQueue } from '../gateway/queue.ts';
import { createStreamingReidentifier, placeholderMap, type Segment } from '../reidentify/stream.ts';
import { summarizeDocument } from './chunking.ts';
import type { SummaryTemplate } from './templates.ts';

export type SummaryState = 'signed-out' | 'sending' | 'streaming' | 'done' | 'queued' | 'error';

/** What the engine produced (Analysis subset) plus the template: everything a run needs. */
export interface SummaryRequest {
  sanitized: string;
  placeholders: { placeholder: string; original: string }[];
  template: SummaryTemplate;
}

export interface SummaryOutcome {
  state: SummaryState;
  /** Raw model text (placeholders as the model wrote them); present when done. */
  text?: string;
  segments: Segment[];
  error?: SerializedError;
  queuedId?: string;
}

export interface SummarizerDeps {
  /** Primary first, then secondary. */
  endpoints: () => readonly string[];
  auth: Pick<Auth, 'getAccessToken' | 'invalidate'>;
  queue?: OfflineQueue<SummaryRequest>;
  /** Input budget per request, in characters of sanitized text. Default 12 000. */
  budgetChars?: number;
  model?: string;
  /** Client tuning (tests). */
  client?: { retries?: number; backoffMs?: number; connectTimeoutMs?: number; idleTimeoutMs?: number; fetch?: typeof fetch };
}

export interface Summarizer {
  /**
   * Runs one summary. `onState` reports transitions; `onSegments` gets the newly safe segments
   * (already re-identified where possible) as tokens stream in. Never throws: the outcome says.
   */
  summarize(req: SummaryRequest, cb?: { onState?: (s: SummaryState) => void; onSegments?: (added: Segment[], all: readonly Segment[]) => void; signal?: AbortSignal }): Promise<SummaryOutcome>;
  /** Sends queued requests now (their results go to the `onDone` given to `queueSender`). */
  flushQueue(): Promise<{ sent: number; remaining: number; stoppedBy?: string }>;
}

/**
 * @example
 * const s = createSummarizer({ endpoints: () => [primary, secondary], auth, queue });
 * const out = await s.summarize({ sanitized, placeholders, template }, { onSegments: (add) => view.append(add), signal });
 */
export function createSummarizer(deps: SummarizerDeps): Summarizer {
  const run = async (req: SummaryRequest, onState: (s: SummaryState) => void, onSegments?: (a: Segment[], all: readonly Segment[]) => void, signal?: AbortSignal) => {
    const reid = createStreamingReidentifier(placeholderMap(req.placeholders));
    let streaming = false;
    const complete = async (messages: ChatMessage[], onDelta?: (t: string) => void) => {
      const accessToken = await deps.auth.getAccessToken();
      const { text } = await streamChat({ endpoints: deps.endpoints(), accessToken, messages, model: deps.model, signal, onDelta, ...deps.client });
      return text;
    };
    const text = await summarizeDocument({
      text: req.sanitized, template: req.template, budgetChars: deps.budgetChars ?? 12_000, run: { complete },
      onDelta: (d) => {
        if (!streaming) { streaming = true; onState('streaming'); }
        const added = reid.push(d);
        if (added.length) onSegments?.(added, reid.segments);
      },
    });
    const tail = reid.end();
    if (tail.length) onSegments?.(tail, reid.segments);
    return { text, segments: [...reid.segments] };
  };

  return {
    async summarize(req, cb = {}) {
      const onState = (s: SummaryState) => cb.onState?.(s);
      if (!req.sanitized.trim()) {
        onState('error');
        return { state: 'error', segments: [], error: { code: 'ERR_EMPTY_INPUT', message: 'Nothing to summarize' } };
      }
      onState('sending');
      try {
        const { text, segments } = await run(req, onState, cb.onSegments, cb.signal);
        onState('done');
        return { state: 'done', text, segments };
      } catch (err) {
        const error = toSerializedError(err, 'ERR_GATEWAY_RESPONSE');
        if (error.code === 'ERR_AUTH' || error.code === 'ERR_GATEWAY_AUTH') {
          await deps.auth.invalidate();
          onState('signed-out');
          return { state: 'signed-out', segments: [], error };
        }
        if ((error.code === 'ERR_GATEWAY_UNAVAILABLE' || error.code === 'ERR_GATEWAY_TIMEOUT') && deps.queue) {
          const item = await deps.queue.enqueue(req);
          onState('queued');
          return { state: 'queued', segments: [], error, queuedId: item.id };
        }
        onState('error');
        return { state: 'error', segments: [], error };
      }
    },
    async flushQueue() {
      if (!deps.queue) return { sent: 0, remaining: 0 };
      const result = await deps.queue.flush();
      return { sent: result.sent.length, remaining: result.remaining, ...(result.stoppedBy ? { stoppedBy: result.stoppedBy } : {}) };
    },
  };
}

/** Wraps a summarize run as the queue's `send`: throws (keeps the item) unless it finished. */
export function queueSender(summarizerDeps: Omit<SummarizerDeps, 'queue'>, onDone: (outcome: SummaryOutcome, req: SummaryRequest) => void | Promise<void>) {
  const inner = createSummarizer(summarizerDeps);
  return async (req: SummaryRequest) => {
    const outcome = await inner.summarize(req);
    if (outcome.state !== 'done') throw new ChartVeilError(outcome.error?.code ?? 'ERR_GATEWAY_UNAVAILABLE', outcome.error?.message ?? 'Not sent');
    await onDone(outcome, req);
  };
}

/**
 * Gateway client: POST /v1/chat/completions with `stream: true`, tokens delivered as they
 * arrive. Retries 5xx/network with backoff, then fails over primary -> secondary. Maps HTTP
 * answers to stable codes (401 AUTH, 429 QUOTA, 422 PHI_REJECTED, all down UNAVAILABLE).
 * Invariant: once a token was delivered it never retries (no duplicated output).
 */
import { ChartVeilError } from '../errors.ts';
import { createSseParser, parseChatStreamData } from './sse.ts';

export interface ChatMessage { role: 'system' | 'user' | 'assistant'; content: string }

export interface StreamChatOptions {
  /** Gateway base URLs in failover order, e.g. ['https://gw1.example.org', 'https://gw2.example.org']. */
  endpoints: readonly string[];
  messages: readonly ChatMessage[];
  /** Bearer access token (from auth.ts). */
  accessToken: string;
  model?: string;
  temperature?: number;
  maxTokens?: number;
  /** Called with each content delta, in order. */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
  /** Time allowed until response headers, per attempt (ms). Default 15 000. */
  connectTimeoutMs?: number;
  /** Longest silence allowed between stream chunks (ms). Default 30 000. */
  idleTimeoutMs?: number;
  /** Extra attempts per endpoint on 5xx/network errors. Default 2. */
  retries?: number;
  /** First backoff delay (ms), doubled per retry. Default 300. */
  backoffMs?: number;
  fetch?: typeof fetch;
}

export interface StreamChatResult { text: string; endpoint: string; usage?: { promptTokens: number; completionTokens: number } }

interface GatewayErrorBody { error?: { code?: string; message?: string } }

/** Reads the gateway's PHI-free error message, if any, for display. */
async function errorMessage(res: Response, fallback: string): Promise<string> {
  try {
    const body = (await res.json()) as GatewayErrorBody;
    const msg = body.error?.message;
    return typeof msg === 'string' && msg.length < 400 ? msg : fallback;
  } catch {
    return fallback;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); reject(cancelled()); }, { once: true });
  });
const cancelled = () => new ChartVeilError('ERR_CANCELLED', 'Request cancelled');

/** Thrown internally for errors worth another attempt. */
class Retryable extends Error {}

/**
 * Streams one chat completion through the first gateway that answers.
 * @example
 * const { text } = await streamChat({ endpoints: [url], accessToken, messages, onDelta: (t) => view.append(t), signal });
 */
export async function streamChat(opts: StreamChatOptions): Promise<StreamChatResult> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = opts.retries ?? 2;
  const backoff = opts.backoffMs ?? 300;
  if (opts.endpoints.length === 0) throw new ChartVeilError('ERR_GATEWAY_UNAVAILABLE', 'No gateway URL is configured');
  for (const endpoint of opts.endpoints) {
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (opts.signal?.aborted) throw cancelled();
      try {
        return await attemptOnce(endpoint, opts, doFetch);
      } catch (err) {
        if (!(err instanceof Retryable)) throw err;
        if (attempt < retries) await sleep(backoff * 2 ** attempt, opts.signal);
      }
    }
  }
  throw new ChartVeilError('ERR_GATEWAY_UNAVAILABLE', 'The gateway is unavailable (primary and secondary)');
}

async function attemptOnce(endpoint: string, opts: StreamChatOptions, doFetch: typeof fetch): Promise<StreamChatResult> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  let timer = setTimeout(() => { timedOut = true; ctrl.abort(); }, opts.connectTimeoutMs ?? 15_000);
  try {
    let res: Response;
    try {
      res = await doFetch(`${endpoint.replace(/\/$/, '')}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${opts.accessToken}` },
        body: JSON.stringify({
          model: opts.model ?? 'default', stream: true, messages: opts.messages,
          ...(opts.temperature !== undefined ? { temperature: opts.temperature } : {}),
          ...(opts.maxTokens !== undefined ? { max_tokens: opts.maxTokens } : {}),
        }),
        signal: ctrl.signal,
        credentials: 'omit',
      });
    } catch {
      if (opts.signal?.aborted) throw cancelled();
      throw new Retryable(timedOut ? 'connect timeout' : 'network error');
    }
    if (res.status === 401 || res.status === 403) throw new ChartVeilError('ERR_GATEWAY_AUTH', await errorMessage(res, 'Sign-in required'));
    if (res.status === 429) throw new ChartVeilError('ERR_GATEWAY_QUOTA', await errorMessage(res, 'Daily token quota reached'));
    if (res.status === 422) throw new ChartVeilError('ERR_GATEWAY_PHI_REJECTED', await errorMessage(res, 'The gateway found PHI in the request and rejected it'));
    if (res.status >= 500 || res.status === 408) {
      await res.body?.cancel().catch(() => {});
      throw new Retryable(`HTTP ${res.status}`);
    }
    if (!res.ok || !res.body) throw new ChartVeilError('ERR_GATEWAY_RESPONSE', await errorMessage(res, `Gateway answered HTTP ${res.status}`));

    // Headers arrived: from here on, silence longer than idleTimeoutMs is a timeout.
    const idle = opts.idleTimeoutMs ?? 30_000;
    const arm = () => { clearTimeout(timer); timer = setTimeout(() => { timedOut = true; ctrl.abort(); }, idle); };
    arm();
    return await readStream(res.body, endpoint, opts, arm, () => timedOut, ctrl.signal);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

async function readStream(body: ReadableStream<Uint8Array>, endpoint: string, opts: StreamChatOptions, arm: () => void, timedOut: () => boolean, attempt: AbortSignal): Promise<StreamChatResult> {
  let text = '';
  let done = false;
  let usage: StreamChatResult['usage'];
  let bad = false;
  const parser = createSseParser((e) => {
    if (done) return;
    let items;
    try {
      items = parseChatStreamData(e.data);
    } catch {
      bad = true;
      return;
    }
    for (const item of items) {
      if (item.type === 'delta') { text += item.content; opts.onDelta?.(item.content); }
      else if (item.type === 'usage') usage = { promptTokens: item.promptTokens, completionTokens: item.completionTokens };
      else if (item.type === 'done') done = true;
    }
  });
  const reader = body.getReader();
  // Cancel the body ourselves too: a fetch that ignores its signal must not hang us.
  const onAbort = () => { reader.cancel().catch(() => {}); };
  attempt.addEventListener('abort', onAbort, { once: true });
  try {
    while (!done) {
      const { value, done: eof } = await reader.read();
      if (eof) break;
      arm();
      parser.feed(value);
      if (bad) throw new ChartVeilError('ERR_GATEWAY_RESPONSE', 'The gateway sent a malformed stream event');
    }
    if (opts.signal?.aborted) throw cancelled();
    if (timedOut()) throw new ChartVeilError('ERR_GATEWAY_TIMEOUT', 'The gateway stopped sending data');
    parser.end();
  } catch (err) {
    if (err instanceof ChartVeilError) throw err;
    if (opts.signal?.aborted) throw cancelled();
    if (timedOut()) throw new ChartVeilError('ERR_GATEWAY_TIMEOUT', 'The gateway stopped sending data');
    if (text === '') throw new Retryable('stream failed before any token');
    throw new ChartVeilError('ERR_GATEWAY_RESPONSE', 'The gateway stream broke off');
  } finally {
    attempt.removeEventListener('abort', onAbort);
  }
  if (!done && text === '') throw new ChartVeilError('ERR_GATEWAY_RESPONSE', 'The gateway closed the stream without an answer');
  return { text, endpoint, usage };
}

/**
 * Forwards a sanitized chat request to the configured upstreams in order, failing over on
 * network errors, timeouts, 429 and 5xx. Only a fresh, minimal header set goes upstream (no
 * client cookies, user agent, origin or forwarding headers). Bodies are streamed, not logged.
 */
import type { ServerResponse } from 'node:http';
import { createSseParser, parseChatStreamData } from '../../utils/gateway/sse.ts';
import { DEFAULTS, type UpstreamConfig } from './config.ts';
import { HttpError } from './http.ts';
import { estimateTokens } from './quota.ts';

/** Fields of a chat request that may go upstream; anything else (e.g. `user`) is dropped. */
const FORWARDED_FIELDS = ['model', 'messages', 'stream', 'temperature', 'top_p', 'max_tokens', 'stop', 'presence_penalty', 'frequency_penalty', 'seed'];

export interface ForwardResult { upstream: number; completionTokens: number; promptTokens?: number; completed: boolean }

/** Builds the upstream body: allow-listed fields, the upstream's model pinned if set. */
export function upstreamBody(body: Record<string, unknown>, upstream: UpstreamConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FORWARDED_FIELDS) if (f in body) out[f] = body[f];
  if (upstream.model) out.model = upstream.model;
  if (out.stream) out.stream_options = { include_usage: true };
  return out;
}

/** The only headers an upstream sees. */
export function upstreamHeaders(upstream: UpstreamConfig, stream: boolean): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: stream ? 'text/event-stream' : 'application/json' };
  if (upstream.apiKey) {
    const name = (upstream.apiKeyHeader ?? 'authorization').toLowerCase();
    headers[name] = name === 'authorization' ? `Bearer ${upstream.apiKey}` : upstream.apiKey;
  }
  return headers;
}

const retryable = (status: number) => status === 429 || status >= 500;

/**
 * Tries each upstream in turn and pipes the first good answer to `res`.
 * Throws HttpError(502) when every upstream failed before answering.
 */
export async function forward(upstreams: readonly UpstreamConfig[], body: Record<string, unknown>, res: ServerResponse, clientGone: AbortSignal): Promise<ForwardResult> {
  const stream = body.stream === true;
  for (let i = 0; i < upstreams.length; i++) {
    const up = upstreams[i]!;
    const ctrl = new AbortController();
    const onGone = () => ctrl.abort();
    clientGone.addEventListener('abort', onGone);
    const timer = setTimeout(() => ctrl.abort(), up.timeoutMs ?? DEFAULTS.upstreamTimeoutMs);
    let response: Response;
    try {
      response = await fetch(up.url, { method: 'POST', headers: upstreamHeaders(up, stream), body: JSON.stringify(upstreamBody(body, up)), signal: ctrl.signal });
    } catch {
      clearTimeout(timer);
      clientGone.removeEventListener('abort', onGone);
      if (clientGone.aborted) return { upstream: i, completionTokens: 0, completed: false };
      continue; // network error or timeout: fail over
    }
    clearTimeout(timer);
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      clientGone.removeEventListener('abort', onGone);
      if (retryable(response.status)) continue;
      throw new HttpError(502, 'upstream_rejected', `The model endpoint rejected the request (HTTP ${response.status})`);
    }
    try {
      return { upstream: i, ...(await pipe(response, res, stream)) };
    } finally {
      clientGone.removeEventListener('abort', onGone);
    }
  }
  throw new HttpError(502, 'upstream_unavailable', 'All upstream model endpoints are unavailable; try again later');
}

/** Pipes the upstream answer to the client, counting completion tokens on the way. */
async function pipe(response: Response, res: ServerResponse, stream: boolean): Promise<Omit<ForwardResult, 'upstream'>> {
  if (!stream) {
    const text = await response.text();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(text);
    try {
      const usage = (JSON.parse(text) as { usage?: { prompt_tokens?: number; completion_tokens?: number } }).usage;
      return { completionTokens: usage?.completion_tokens ?? estimateTokens(text), promptTokens: usage?.prompt_tokens, completed: true };
    } catch {
      return { completionTokens: estimateTokens(text), completed: true };
    }
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
  let chars = 0;
  let reported: { prompt: number; completion: number } | undefined;
  const parser = createSseParser((e) => {
    try {
      for (const item of parseChatStreamData(e.data)) {
        if (item.type === 'delta') chars += item.content.length;
        if (item.type === 'usage') reported = { prompt: item.promptTokens, completion: item.completionTokens };
      }
    } catch { /* counting only; the client validates */ }
  });
  let completed = true;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (res.destroyed) { completed = false; break; }
      parser.feed(chunk);
      res.write(chunk);
    }
  } catch {
    completed = false;
  }
  parser.end();
  if (!res.writableEnded) res.end();
  return { completionTokens: reported?.completion ?? Math.ceil(chars / 4), promptTokens: reported?.prompt, completed };
}

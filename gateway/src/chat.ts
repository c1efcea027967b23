/**
 * POST /v1/chat/completions: auth -> parse -> (test-only record) -> PHI tripwire -> quota ->
 * upstream with failover, or the offline summarizer when no upstream is configured.
 * Invariant: a request that fails auth, the tripwire or the quota never reaches an upstream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayLogEntry, UpstreamConfig } from './config.ts';
import { HttpError, readBody, sendJson } from './http.ts';
import { chunkText, offlineSummary } from './offline-summarizer.ts';
import { estimateTokens, type Quota } from './quota.ts';
import { completionJson, streamCompletion } from './sse-writer.ts';
import type { TokenVerifier } from './auth.ts';
import type { Tripwire } from './tripwire.ts';
import { forward } from './upstream.ts';

/** What the test-only recorder keeps: the raw body as received. Never logged. */
export interface ReceivedRequest { path: string; body: string }

export interface ChatDeps {
  verifier: TokenVerifier;
  tripwire: Tripwire;
  quota: Quota;
  dailyLimit: number;
  upstreams: readonly UpstreamConfig[];
  offlineChunkDelayMs: number;
  received?: ReceivedRequest[];
}

interface ChatMessage { role: string; content: string }

/** Accepts string content or OpenAI content parts; returns plain text messages. */
function parseMessages(body: Record<string, unknown>): ChatMessage[] {
  const raw = body.messages;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 200) throw new HttpError(400, 'invalid_request', '`messages` must be a non-empty array');
  return raw.map((m) => {
    const msg = m as { role?: unknown; content?: unknown };
    if (typeof msg.role !== 'string') throw new HttpError(400, 'invalid_request', 'Each message needs a string `role`');
    if (typeof msg.content === 'string') return { role: msg.role, content: msg.content };
    if (Array.isArray(msg.content)) {
      return { role: msg.role, content: msg.content.map((p) => (typeof (p as { text?: unknown }).text === 'string' ? (p as { text: string }).text : '')).join('\n') };
    }
    throw new HttpError(400, 'invalid_request', 'Each message needs text `content`');
  });
}

function secondsToUtcMidnight(now = new Date()): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.ceil((next - now.getTime()) / 1000);
}

/**
 * Handles one chat request; fills `meta` (user tag, upstream, tokens) for the access log.
 */
export async function handleChat(req: IncomingMessage, res: ServerResponse, deps: ChatDeps, meta: Partial<GatewayLogEntry> & { sub?: string }): Promise<void> {
  const { sub } = await deps.verifier.verify(req);
  meta.sub = sub;
  const text = await readBody(req);
  if (deps.received) deps.received.push({ path: '/v1/chat/completions', body: text });
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'invalid_json', 'Body must be JSON');
  }
  const messages = parseMessages(body);
  await deps.tripwire.check(messages.map((m) => m.content));

  const promptTokens = estimateTokens(messages.map((m) => m.content).join('\n'));
  const remaining = await deps.quota.remaining(sub);
  if (remaining <= 0 || promptTokens > remaining) {
    throw new HttpError(429, 'quota_exceeded',
      `Daily token quota reached: ${deps.dailyLimit} tokens per user per day (this request needs about ${promptTokens}, ${Math.max(0, remaining)} left). It resets at 00:00 UTC.`,
      { retry_after_s: secondsToUtcMidnight() });
  }
  await deps.quota.charge(sub, promptTokens);
  meta.promptTokens = promptTokens;

  const clientGone = new AbortController();
  res.on('close', () => { if (!res.writableFinished) clientGone.abort(); });

  if (deps.upstreams.length === 0) {
    const summary = offlineSummary(messages);
    const usage = { prompt_tokens: promptTokens, completion_tokens: estimateTokens(summary) };
    meta.upstream = 'offline';
    meta.completionTokens = usage.completion_tokens;
    await deps.quota.charge(sub, usage.completion_tokens);
    if (body.stream === true) await streamCompletion(res, chunkText(summary), 'offline-demo', deps.offlineChunkDelayMs, usage);
    else sendJson(res, 200, completionJson(summary, 'offline-demo', usage));
    return;
  }
  const result = await forward(deps.upstreams, body, res, clientGone.signal);
  meta.upstream = result.upstream;
  meta.completionTokens = result.completionTokens;
  await deps.quota.charge(sub, result.completionTokens);
}

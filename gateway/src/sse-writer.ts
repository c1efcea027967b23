/**
 * Writes OpenAI-compatible chat-completion answers: SSE `chat.completion.chunk` events
 * ending in `data: [DONE]`, or one `chat.completion` JSON. Used by the offline summarizer.
 */
import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export function startSse(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
}

/**
 * Streams `pieces` as chunk events with `delayMs` between them; stops early if the client
 * went away. Returns false when aborted.
 */
export async function streamCompletion(res: ServerResponse, pieces: readonly string[], model: string, delayMs: number, usage: { prompt_tokens: number; completion_tokens: number }): Promise<boolean> {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const event = (delta: Record<string, string>, finish: string | null, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  startSse(res);
  res.write(event({ role: 'assistant' }, null));
  for (const piece of pieces) {
    if (res.destroyed || res.writableEnded) return false;
    res.write(event({ content: piece }, null));
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  }
  if (res.destroyed) return false;
  res.write(event({}, 'stop', { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }));
  res.end('data: [DONE]\n\n');
  return true;
}

export function completionJson(text: string, model: string, usage: { prompt_tokens: number; completion_tokens: number }) {
  return {
    id: `chatcmpl-${randomUUID()}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

/**
 * Incremental Server-Sent-Events parser for OpenAI-compatible streams. Owns framing only:
 * bytes may arrive split anywhere (mid-line, mid-CRLF, mid-UTF-8 sequence) and every event is
 * still delivered exactly once, whole. It never logs: event data is model output.
 */

/** One parsed SSE event. `data` joins multi-line `data:` fields with "\n". */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

export interface SseParser {
  /** Feeds a chunk (string or bytes); calls `onEvent` for each event it completes. */
  feed(chunk: string | Uint8Array): void;
  /** Flushes a final event that had no trailing blank line (end of stream). */
  end(): void;
}

/**
 * Creates a parser that survives arbitrary chunk boundaries.
 * @example
 * const p = createSseParser((e) => out.push(e.data)); p.feed('data: {"a"'); p.feed(':1}\n\n'); // out = ['{"a":1}']
 */
export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let eventName = '';
  let id: string | undefined;
  let sawField = false;

  const dispatch = () => {
    if (sawField && data.length > 0) onEvent({ event: eventName || 'message', data: data.join('\n'), id });
    data = [];
    eventName = '';
    sawField = false;
  };

  const line = (raw: string) => {
    if (raw === '') return dispatch();
    if (raw.startsWith(':')) return; // comment / keep-alive
    const colon = raw.indexOf(':');
    const field = colon === -1 ? raw : raw.slice(0, colon);
    let value = colon === -1 ? '' : raw.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    sawField = true;
    if (field === 'data') data.push(value);
    else if (field === 'event') eventName = value;
    else if (field === 'id') id = value;
  };

  const drain = (final: boolean) => {
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const ch = buffer[i];
      if (ch === '\n' || ch === '\r') {
        // A lone '\r' at the very end may be the first half of a CRLF: wait for more.
        if (ch === '\r' && i === buffer.length - 1 && !final) break;
        line(buffer.slice(start, i));
        if (ch === '\r' && buffer[i + 1] === '\n') i++;
        start = i + 1;
      }
    }
    buffer = buffer.slice(start);
  };

  return {
    feed(chunk) {
      buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      drain(false);
    },
    end() {
      buffer += decoder.decode();
      drain(true);
      if (buffer !== '') line(buffer);
      buffer = '';
      dispatch();
    },
  };
}

/** What one OpenAI chat-completion stream event means to us. */
export type ChatStreamItem =
  | { type: 'delta'; content: string }
  | { type: 'done' }
  | { type: 'usage'; promptTokens: number; completionTokens: number }
  | { type: 'ignore' };

/**
 * Interprets the `data` of one SSE event from `/v1/chat/completions` with `stream: true`.
 * Throws on malformed JSON so the client can fail with ERR_GATEWAY_RESPONSE.
 * @example parseChatStreamData('[DONE]') // { type: 'done' }
 */
export function parseChatStreamData(data: string): ChatStreamItem[] {
  if (data.trim() === '[DONE]') return [{ type: 'done' }];
  const json = JSON.parse(data) as {
    choices?: { delta?: { content?: string | null } }[];
    usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  };
  const items: ChatStreamItem[] = [];
  const content = json.choices?.[0]?.delta?.content;
  if (typeof content === 'string' && content !== '') items.push({ type: 'delta', content });
  if (json.usage && typeof json.usage.completion_tokens === 'number') {
    items.push({ type: 'usage', promptTokens: json.usage.prompt_tokens ?? 0, completionTokens: json.usage.completion_tokens });
  }
  return items.length > 0 ? items : [{ type: 'ignore' }];
}

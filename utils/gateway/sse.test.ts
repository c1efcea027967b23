import { describe, expect, it } from 'vitest';
import { createSseParser, parseChatStreamData, type SseEvent } from './sse.ts';

const collect = (chunks: (string | Uint8Array)[]) => {
  const out: SseEvent[] = [];
  const p = createSseParser((e) => out.push(e));
  for (const c of chunks) p.feed(c);
  p.end();
  return out;
};

describe('createSseParser', () => {
  const stream = 'data: {"a":1}\n\n: keep-alive\n\nevent: note\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n';

  it('parses a whole stream', () => {
    expect(collect([stream]).map((e) => e.data)).toEqual(['{"a":1}', 'line1\nline2', '[DONE]']);
    expect(collect([stream])[1]!.event).toBe('note');
  });

  it('gives the same events for every split point', () => {
    const whole = collect([stream]);
    for (let i = 1; i < stream.length; i++) expect(collect([stream.slice(0, i), stream.slice(i)])).toEqual(whole);
    expect(collect([...stream])).toEqual(whole); // one character at a time
  });

  it('handles CRLF split between chunks and UTF-8 split inside a character', () => {
    expect(collect(['data: a\r', '\n\r\n']).map((e) => e.data)).toEqual(['a']);
    const bytes = new TextEncoder().encode('data: café ☕\n\n');
    const cut = bytes.indexOf(0xe2) + 1; // inside the 3-byte ☕
    expect(collect([bytes.slice(0, cut), bytes.slice(cut)]).map((e) => e.data)).toEqual(['café ☕']);
  });

  it('flushes a final event without a trailing blank line', () => {
    expect(collect(['data: last']).map((e) => e.data)).toEqual(['last']);
  });
});

describe('parseChatStreamData', () => {
  it('reads deltas, usage and [DONE]', () => {
    expect(parseChatStreamData('{"choices":[{"delta":{"content":"Hi"}}]}')).toEqual([{ type: 'delta', content: 'Hi' }]);
    expect(parseChatStreamData('{"choices":[{"delta":{"role":"assistant"}}]}')).toEqual([{ type: 'ignore' }]);
    expect(parseChatStreamData('{"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4}}')).toEqual([{ type: 'usage', promptTokens: 3, completionTokens: 4 }]);
    expect(parseChatStreamData(' [DONE]')).toEqual([{ type: 'done' }]);
    expect(() => parseChatStreamData('{not json')).toThrow();
  });
});

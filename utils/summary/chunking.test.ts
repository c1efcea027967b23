import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../gateway/client.ts';
import { chunkText, splitSections, summarizeDocument } from './chunking.ts';
import { BUILTIN_TEMPLATES } from './templates.ts';

const NOTE = [
  '# History of present illness', 'Patient [NAME_1] is a 67 year old with chest pain. Pain started at rest. It radiated to the left arm.', '',
  'PAST MEDICAL HISTORY:', 'Hypertension. Type 2 diabetes managed by [NAME_2].', '',
  '## Assessment and plan', 'Likely unstable angina. Start aspirin and heparin. Cardiology consult with [NAME_3] tomorrow.', '',
].join('\n');

describe('chunking', () => {
  it('splits before Markdown and ALL-CAPS headings', () => {
    const s = splitSections(NOTE);
    expect(s.map((x) => x.split('\n')[0])).toEqual(['# History of present illness', 'PAST MEDICAL HISTORY:', '## Assessment and plan']);
  });

  it('packs whole sections within the budget and loses nothing', () => {
    const chunks = chunkText(NOTE, 160);
    expect(chunks.join('')).toBe(NOTE);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(160);
    expect(chunks.some((c) => c.startsWith('## Assessment and plan'))).toBe(true);
  });

  it('never cuts a placeholder and is lossless for any budget (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 64, max: 400 }), fc.array(fc.constantFrom('word ', '[NAME_12] ', 'end. ', '\n\n', 'X'.repeat(30), '\n# H\n'), { maxLength: 120 }), (budget, parts) => {
      const text = parts.join('');
      const chunks = chunkText(text, budget);
      expect(chunks.join('')).toBe(text);
      for (const c of chunks) {
        expect(c.length).toBeLessThanOrEqual(budget);
        expect(c).not.toMatch(/^[^[]*\]|\[[A-Z_0-9]*$/); // no half placeholder at either edge
      }
    }));
  });
});

describe('summarizeDocument', () => {
  const template = BUILTIN_TEMPLATES[0]!;
  const fakeRun = () => {
    const calls: { messages: ChatMessage[]; streamed: boolean }[] = [];
    return {
      calls,
      run: {
        async complete(messages: ChatMessage[], onDelta?: (t: string) => void) {
          calls.push({ messages, streamed: !!onDelta });
          const out = `S${calls.length}`;
          onDelta?.(out);
          return out;
        },
      },
    };
  };

  it('sends one streamed request when the text fits', async () => {
    const { calls, run } = fakeRun();
    const deltas: string[] = [];
    expect(await summarizeDocument({ text: NOTE, template, budgetChars: 10_000, run, onDelta: (d) => deltas.push(d) })).toBe('S1');
    expect(calls).toHaveLength(1);
    expect(deltas).toEqual(['S1']);
  });

  it('summarizes per chunk, then streams only the combine step', async () => {
    const { calls, run } = fakeRun();
    const progress: number[] = [];
    const out = await summarizeDocument({ text: NOTE, template, budgetChars: 160, run, onDelta: () => {}, onProgress: (p) => progress.push(p.done) });
    const n = chunkText(NOTE, 160).length;
    expect(n).toBeGreaterThan(1);
    expect(calls).toHaveLength(n + 1);
    expect(calls.slice(0, n).every((c) => !c.streamed)).toBe(true);
    expect(calls[n]!.streamed).toBe(true);
    expect(calls[n]!.messages[1]!.content).toContain('## Part 1\nS1');
    expect(out).toBe(`S${n + 1}`);
    expect(progress.at(-1)).toBe(n);
  });
});

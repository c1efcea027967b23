/**
 * Markdown- and section-aware chunking for long notes. Splits at headings ("# Plan",
 * "ASSESSMENT AND PLAN:"), then paragraphs, then sentences, and packs pieces into chunks within
 * the input budget. Invariant: no chunk boundary ever cuts through a placeholder such as
 * [NAME_1], and concatenating the chunks gives back the original text.
 */
import type { ChatMessage } from '../gateway/client.ts';
import { buildCombineMessages, buildMessages, type SummaryTemplate } from './templates.ts';

const HEADING = /^(?:#{1,6}\s+\S.*|[A-Z][A-Z0-9 /&()-]{2,60}:.*)$/;
const PLACEHOLDER = /\[[A-Z]+_\d+\]/g;

/** Splits text before each heading line; every piece keeps its heading. */
export function splitSections(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (HEADING.test(line.trimEnd()) && cur.trim() !== '') { out.push(cur); cur = ''; }
    cur += line;
  }
  if (cur) out.push(cur);
  return out;
}

/** Cut points that are safe (not inside a placeholder). */
function safeCut(text: string, at: number): number {
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    if (m.index < at && at < m.index + m[0].length) return m.index;
    if (m.index >= at) break;
  }
  return at;
}

/** Breaks an oversized piece: paragraphs, then sentences, then a hard (placeholder-safe) cut. */
function breakPiece(piece: string, budget: number): string[] {
  if (piece.length <= budget) return [piece];
  for (const splitter of [/(?<=\n\s*\n)/, /(?<=[.!?])\s+(?=\S)/]) {
    const parts = piece.split(splitter);
    if (parts.length > 1) {
      // Re-attach whitespace lost by the sentence split so the join is lossless.
      const rebuilt: string[] = [];
      let pos = 0;
      for (const p of parts) {
        const idx = piece.indexOf(p, pos);
        if (rebuilt.length && idx > pos) rebuilt[rebuilt.length - 1] += piece.slice(pos, idx);
        rebuilt.push(p);
        pos = idx + p.length;
      }
      if (pos < piece.length) rebuilt[rebuilt.length - 1] += piece.slice(pos);
      return rebuilt.flatMap((p) => breakPiece(p, budget));
    }
  }
  const out: string[] = [];
  let rest = piece;
  while (rest.length > budget) {
    let cut = safeCut(rest, budget);
    if (cut === 0) cut = budget; // a placeholder longer than the budget: cannot happen with sane budgets
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Packs the text into chunks of at most `budgetChars` characters, preferring section breaks.
 * @example chunkText('# A\nx\n# B\ny\n', 6) // ['# A\nx\n', '# B\ny\n']
 */
export function chunkText(text: string, budgetChars: number): string[] {
  if (budgetChars < 64) throw new RangeError(`budgetChars expected >= 64, got ${budgetChars}`);
  const pieces = splitSections(text).flatMap((s) => breakPiece(s, budgetChars));
  const chunks: string[] = [];
  let cur = '';
  for (const p of pieces) {
    if (cur && cur.length + p.length > budgetChars) { chunks.push(cur); cur = ''; }
    cur += p;
  }
  if (cur) chunks.push(cur);
  return chunks;
}

export interface SummarizeRun {
  /** Runs one chat request; `onDelta` is given only for the final, user-visible step. */
  complete(messages: ChatMessage[], onDelta?: (text: string) => void): Promise<string>;
}

/**
 * Summarizes `text` with `template`: one streamed request when it fits `budgetChars`, else
 * per-chunk summaries then a streamed combine step (repeated if the partials are still too big).
 * @example await summarizeDocument({ text, template, budgetChars: 12000, run: { complete }, onDelta })
 */
export async function summarizeDocument(opts: {
  text: string;
  template: SummaryTemplate;
  budgetChars: number;
  run: SummarizeRun;
  onDelta?: (text: string) => void;
  onProgress?: (step: { done: number; total: number }) => void;
}): Promise<string> {
  const { text, template, budgetChars, run } = opts;
  if (text.length <= budgetChars) return run.complete(buildMessages(template, text), opts.onDelta);
  const chunks = chunkText(text, budgetChars);
  const partials: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    opts.onProgress?.({ done: i, total: chunks.length + 1 });
    partials.push(await run.complete(buildMessages(template, chunks[i]!, { index: i + 1, total: chunks.length })));
  }
  opts.onProgress?.({ done: chunks.length, total: chunks.length + 1 });
  let level = partials;
  while (level.join('\n\n').length > budgetChars && level.length > 1) {
    const groups = chunkText(level.join('\n\n\n'), budgetChars).map((g) => g.split('\n\n\n'));
    if (groups.length >= level.length) break; // cannot shrink further; combine what we have
    level = await Promise.all(groups.map((g) => run.complete(buildCombineMessages(template, g))));
  }
  return run.complete(buildCombineMessages(template, level), opts.onDelta);
}

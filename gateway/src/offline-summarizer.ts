/**
 * Offline demo summarizer, used when no upstream is configured so that the whole loop runs on
 * a machine with no network. Deterministic and extractive: it only copies sentences of the
 * input (placeholders kept exactly as sent) under a clear "Offline demo summary" label.
 */

export const OFFLINE_LABEL = 'Offline demo summary';
const KEYWORDS = /\b(diagnos\w*|assessment|plan|impression|admitted|admission|discharg\w*|history|presents?|presented|complain\w*|pain|medications?|mg|started|continue|follow[- ]up|allerg\w*|symptoms?|denies|reports?|fever|blood|pressure|treated|surgery|problem|chronic|acute)\b/gi;
const PLACEHOLDER = /\[[A-Z]+_\d+\]/g;

interface ChatMessage { role: string; content: string }

/** Splits text into sentence-ish units, one line at most each, headings dropped. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/^\s*(#+|[-*•]|\d+[.)])\s*/, '').trim();
    if (line.length < 12 || /^[A-Z0-9 /&]+:?$/.test(line)) continue; // empty or a heading
    for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z[])/)) if (s.trim().length >= 12) out.push(s.trim());
  }
  return out;
}

/**
 * Builds the extractive summary text for the given chat messages (last user message is the
 * document; a `Template:` line in the system message names the template).
 * @example offlineSummary([{ role: 'user', content: 'Pt [NAME_1] admitted with chest pain.' }]).includes('[NAME_1]') // true
 */
export function offlineSummary(messages: readonly ChatMessage[], maxSentences = 5): string {
  const doc = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const template = /Template:\s*([^\n]+)/.exec(system)?.[1]?.trim();
  const all = sentences(doc);
  const scored = all.map((s, i) => ({
    s, i,
    score: (s.match(KEYWORDS)?.length ?? 0) * 2 + (s.match(PLACEHOLDER) ? 1 : 0) + (i < 2 ? 1.5 : 0) - i * 0.01,
  }));
  const picked = scored.sort((a, b) => b.score - a.score || a.i - b.i).slice(0, maxSentences).sort((a, b) => a.i - b.i);
  const head = `**${OFFLINE_LABEL}**${template ? ` (${template})` : ''}: extractive, no language model was used.`;
  if (picked.length === 0) return `${head}\n\n_No sentences to extract._`;
  return `${head}\n\n${picked.map((p) => `- ${p.s}`).join('\n')}\n`;
}

/** Splits text into fixed-size pieces so streaming (and split placeholders) are exercised. */
export function chunkText(text: string, size = 6): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

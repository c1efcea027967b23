/**
 * Evidence links: for each summary sentence, the source sentences it most likely came from,
 * by lexical overlap (IDF-weighted shared words). Computed locally against the original
 * selection; nothing here leaves the machine. Offsets are UTF-16 indices, end exclusive.
 */

export interface SentenceSpan { start: number; end: number; text: string }
export interface EvidenceSource { start: number; end: number; score: number }
export interface EvidenceLink { sentence: SentenceSpan; sources: EvidenceSource[] }

const STOP = new Set('the and for with was were are has have had that this from into onto his her him she they them their its not but all any can may will would should could been being also then than there here which who whom what when where while per via patient pt'.split(' '));

/** Splits text into sentences (also at line breaks and list items), with offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^\n.!?]+(?:[.!?]+(?=\s|$)|[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    // Skip list markers and Markdown emphasis-only fragments.
    const stripped = body.replace(/^([-*•]|\d+[.)])\s+/, '');
    if (/[A-Za-z0-9]/.test(stripped) && stripped.length >= 3) {
      const start = m.index + lead + (body.length - stripped.length);
      out.push({ start, end: start + stripped.length, text: stripped });
    }
  }
  return out;
}

/** Content words: lower-cased, 3+ characters or digits, stop words dropped, plural -s folded. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/**
 * Links each summary sentence to up to `maxSources` source sentences scoring at least
 * `minScore` (share of the sentence's IDF weight found in the source sentence, 0..1).
 * @example linkEvidence('Chest pain resolved.', 'Admitted with chest pain. Pain resolved on day 2.')[0].sources.length // 2
 */
export function linkEvidence(summary: string, source: string, opts: { maxSources?: number; minScore?: number } = {}): EvidenceLink[] {
  const maxSources = opts.maxSources ?? 2;
  const minScore = opts.minScore ?? 0.25;
  const sourceSentences = splitSentences(source).map((s) => ({ ...s, words: new Set(contentWords(s.text)) }));
  const df = new Map<string, number>();
  for (const s of sourceSentences) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + sourceSentences.length / (df.get(w) ?? 0.5));
  return splitSentences(summary).map((sentence) => {
    const words = [...new Set(contentWords(sentence.text))];
    const total = words.reduce((a, w) => a + idf(w), 0);
    if (total === 0) return { sentence, sources: [] };
    const scored = sourceSentences
      .map((s) => ({ start: s.start, end: s.end, score: words.reduce((a, w) => a + (s.words.has(w) ? idf(w) : 0), 0) / total }))
      .filter((s) => s.score >= minScore)
      .sort((a, b) => b.score - a.score || a.start - b.start)
      .slice(0, maxSources)
      .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
    return { sentence, sources: scored };
  });
}

/**
 * Token-level scoring for `npm run eval`: a gold token is caught only when every character of it
 * is masked; a masked token is a true positive when it overlaps any gold span (labels are
 * compared agnostically, as the data README asks for LOCATION/ORGANIZATION/ADDRESS).
 */
import { wordTokens } from '../utils/detection/text';

export interface GoldSpan { start: number; end: number; label: string; hipaa: boolean | null; text: string }
export interface GoldDoc { id: string; text: string; spans: GoldSpan[] }
export interface Range { start: number; end: number }

export interface Tally {
  gold: number; caught: number; hipaa: number; hipaaCaught: number; predicted: number; tp: number;
  docsWithHipaa: number; docsLeaked: number;
  perLabel: Map<string, { gold: number; caught: number }>;
}

export function newTally(): Tally {
  return { gold: 0, caught: 0, hipaa: 0, hipaaCaught: 0, predicted: 0, tp: 0, docsWithHipaa: 0, docsLeaked: 0, perLabel: new Map() };
}

function coverage(text: string, masked: readonly Range[]): Uint8Array {
  const m = new Uint8Array(text.length);
  for (const r of masked) m.fill(1, Math.max(0, r.start), Math.min(text.length, r.end));
  return m;
}

/** Scores one document into the tally; returns missed HIPAA token texts and false-positive tokens. */
export function scoreDoc(doc: GoldDoc, masked: readonly Range[], t: Tally): { missed: string[]; fps: string[] } {
  const m = coverage(doc.text, masked);
  const gold = coverage(doc.text, doc.spans);
  const missed: string[] = [];
  const fps: string[] = [];
  let leaked = false;
  let hasHipaa = false;
  for (const tok of wordTokens(doc.text)) {
    let all = true, any = false, isGold = false;
    for (let i = tok.start; i < tok.end; i++) { if (m[i]) any = true; else all = false; if (gold[i]) isGold = true; }
    if (any) { t.predicted++; if (isGold) t.tp++; else fps.push(tok.text); }
    if (!isGold) continue;
    const spans = doc.spans.filter((s) => s.start < tok.end && s.end > tok.start);
    const hipaa = spans.some((s) => s.hipaa === true);
    t.gold++;
    if (all) t.caught++;
    const label = spans[0]!.label;
    const pl = t.perLabel.get(label) ?? { gold: 0, caught: 0 };
    pl.gold++; if (all) pl.caught++;
    t.perLabel.set(label, pl);
    if (hipaa) {
      hasHipaa = true; t.hipaa++;
      if (all) t.hipaaCaught++; else { leaked = true; missed.push(`${label}:${tok.text}`); }
    }
  }
  if (hasHipaa) { t.docsWithHipaa++; if (leaked) t.docsLeaked++; }
  return { missed, fps };
}

const pct = (a: number, b: number) => (b ? (100 * a / b).toFixed(2) : '  n/a');

/** Formats a tally as the summary lines eval prints. */
export function formatTally(name: string, t: Tally): string[] {
  const recall = t.gold ? t.caught / t.gold : 0;
  const precision = t.predicted ? t.tp / t.predicted : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const lines = [
    `${name}: token recall ${pct(t.caught, t.gold)}%  strict-HIPAA recall ${pct(t.hipaaCaught, t.hipaa)}%  precision ${pct(t.tp, t.predicted)}%  F1 ${(100 * f1).toFixed(2)}%  doc leak rate ${pct(t.docsLeaked, t.docsWithHipaa)}% (${t.docsLeaked}/${t.docsWithHipaa})  [gold tokens ${t.gold}, hipaa ${t.hipaa}, masked ${t.predicted}]`,
  ];
  const labels = [...t.perLabel.entries()].sort((a, b) => b[1].gold - a[1].gold);
  lines.push('    per label (token recall): ' + labels.map(([l, v]) => `${l} ${pct(v.caught, v.gold)}% (${v.gold})`).join(', '));
  const geo = ['LOCATION', 'ORGANIZATION', 'ADDRESS'].map((l) => t.perLabel.get(l) ?? { gold: 0, caught: 0 });
  const g = geo.reduce((a, b) => ({ gold: a.gold + b.gold, caught: a.caught + b.caught }), { gold: 0, caught: 0 });
  if (g.gold) lines.push(`    LOCATION+ORGANIZATION+ADDRESS (label-agnostic): ${pct(g.caught, g.gold)}% (${g.gold})`);
  return lines;
}

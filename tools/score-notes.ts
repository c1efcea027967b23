/**
 * `npm run eval:notes -- FILE.json [--rules-only]`: scores one batch of hand-written notes in the
 * fixture format of `utils/detection/fixtures/realistic-notes*.json` ({ notes: [{ text, phi,
 * keep }] }) with the full engine, as the blind batches in docs/accuracy.md were scored: a PHI
 * value counts when every letter and digit of every whole-word occurrence is masked, a clinical word when
 * no mask touches it. Prints each miss with its context, then the totals.
 */
import { readFileSync } from 'node:fs';
import { createNodeEngine } from './node-assets';
import { phiMasked as masked, spansOnWord } from './note-scoring';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: npm run eval:notes -- FILE.json [--rules-only]');
const { notes } = JSON.parse(readFileSync(file, 'utf8')) as { notes: { text: string; phi: string[]; keep: string[] }[] };
const engine = await createNodeEngine({ useModel: !args.includes('--rules-only') });

const context = (text: string, at: number, length: number) => JSON.stringify(text.slice(Math.max(0, at - 40), at + length + 40));

let phi = 0, phiMasked = 0, keep = 0, kept = 0;
for (const [n, note] of notes.entries()) {
  const { spans } = await engine.analyze(note.text);
  for (const value of note.phi) {
    phi++;
    const at = note.text.indexOf(value);
    if (masked(note.text, spans, value)) phiMasked++;
    else console.log(`note ${n} missed PHI ${JSON.stringify(value)}: ${context(note.text, at, value.length)}`);
  }
  for (const word of note.keep) {
    keep++;
    const hits = spansOnWord(note.text, spans, word);
    if (hits?.length === 0) kept++;
    else console.log(`note ${n} lost ${JSON.stringify(word)} as ${(hits ?? []).map((s) => `${s.entity}/${s.detector} ${JSON.stringify(note.text.slice(s.start, s.end))}`).join(', ')}`);
  }
}
console.log(`PHI values fully masked ${phiMasked}/${phi} (${(100 * phiMasked / phi).toFixed(1)} %), clinical words kept ${kept}/${keep} (${(100 * kept / keep).toFixed(1)} %)`);

/**
 * `npm run model:data`: writes the synthetic training corpus (train.jsonl, heldout.jsonl) with
 * tokens, labels and precomputed model inputs to models/phi-ner/train/data/, and prints and
 * saves characters per genre and the label distribution. Deterministic for a given --seed.
 */
import { mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { encodeTokens, FEATURE_NAMES, LEXICON_FLAGS, NGRAM_BUCKETS, NGRAM_SLOTS, type LexiconLookup } from '../../utils/detection/model/features';
import { tokenize } from '../../utils/detection/model/tokenize';
import { generateDoc } from './corpus';
import { MODEL_LABELS } from './segments';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/**
 * Writes train.jsonl, heldout.jsonl, meta.json and stats.json into `outDir`.
 * @example await writeCorpus(lex, { seed: 1337, counts: { train: 10, heldout: 2 }, outDir: '/tmp/c' })
 */
export async function writeCorpus(
  lex: LexiconLookup,
  opts: { seed: number; counts: { train: number; heldout: number }; outDir: string; places?: readonly string[] },
): Promise<void> {
  const { seed, counts, outDir } = opts;
  mkdirSync(outDir, { recursive: true });
  const stats: Record<string, unknown> = { seed, counts };
  for (const split of ['train', 'heldout'] as const) {
    const out = createWriteStream(join(outDir, `${split}.jsonl`));
    const genreChars: Record<string, number> = {};
    const tokenLabels: Record<string, number> = Object.fromEntries(MODEL_LABELS.map((l) => [l, 0]));
    const spanLabels: Record<string, number> = {};
    let chars = 0;
    for (let i = 0; i < counts[split]; i++) {
      const doc = generateDoc(seed * 1_000_003 + (split === 'train' ? 0 : 500_000_000) + i, split, opts.places ?? []);
      const tokens = tokenize(doc.text);
      const labels = tokens.map((t) => {
        const s = doc.spans.find((sp) => t.start < sp.end && t.end > sp.start);
        return s ? MODEL_LABELS.indexOf(s.label) : 0;
      });
      const enc = encodeTokens(doc.text, tokens, lex);
      for (const l of labels) tokenLabels[MODEL_LABELS[l]!]!++;
      for (const s of doc.spans) spanLabels[s.label] = (spanLabels[s.label] ?? 0) + 1;
      for (const [gname, n] of Object.entries(doc.genreChars)) genreChars[gname] = (genreChars[gname] ?? 0) + n;
      chars += doc.text.length;
      const line = JSON.stringify({ text: doc.text, families: doc.families, labels, ngrams: enc.ngrams.flat(), active: enc.active });
      if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    stats[split] = { docs: counts[split], chars, genreChars, tokenLabels, spanLabels };
    console.log(`${split}: ${counts[split]} docs, ${chars} chars`);
    console.log('  chars per genre:', JSON.stringify(genreChars));
    console.log('  token labels:', JSON.stringify(tokenLabels));
    console.log('  span labels:', JSON.stringify(spanLabels));
  }
  const meta = {
    labels: MODEL_LABELS, features: FEATURE_NAMES, ngram_slots: NGRAM_SLOTS, ngram_buckets: NGRAM_BUCKETS,
    lexicon_feature_index: FEATURE_NAMES.length - LEXICON_FLAGS.length, seed,
  };
  writeFileSync(join(outDir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  writeFileSync(join(outDir, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
}

async function main(): Promise<void> {
  const outDir = join(process.cwd(), 'models/phi-ner/train/data');
  const counts = { train: arg('train', 14000), heldout: arg('heldout', 1500) };
  const { loadNodeLexicons } = await import('./lexicons');
  const lex = await loadNodeLexicons();
  const places = [...lex.entries('city')].filter((c) => /^[a-z][a-z .'-]{2,}$/.test(c));
  await writeCorpus(lex, { seed: arg('seed', 1337), counts, outDir, places });
}

if (process.argv[1]?.endsWith('generate.ts')) main().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * The PHI NER model as a Detector (id 'model.ner'): tokenize, encode, run the ONNX model in
 * onnxruntime-web over overlapping windows batched into one call, and return per-token PHI
 * probabilities (1 - P(O)) typed with the best non-O label.
 * Invariant: fails closed: load or run failures throw ERR_MODEL_LOAD / ERR_MODEL_RUN, never [].
 */
import type * as OrtModule from 'onnxruntime-web';
import { ChartVeilError } from '../../errors';
import type { DetectionContext, Detector, EntityType, Span } from '../types';
import { parseNerConfig, type NerConfig } from './config';
import { encodeTokensInto, NGRAM_SLOTS, NUM_FEATURES, type LexiconLookup } from './features';
import { tokenize, type Token } from './tokenize';
import { balancedWindow, planWindows } from './windows';

/** Per-token model output. */
export interface TokenScores {
  tokens: Token[];
  /** P(token is PHI) = 1 - P(O), per token. */
  phi: Float32Array;
  /** Best non-O label per token. */
  entity: EntityType[];
}

export interface NerDetector extends Detector {
  readonly version: string;
  /** ms to create the model's ORT session (plus the WASM runtime start when no session ran before it). */
  readonly sessionMs: number;
  /** Raw per-token scores, for the engine's fail-safe and for evaluation. */
  scoreTokens(text: string): Promise<TokenScores>;
}

const WORDLIKE = /[\p{L}\p{Nd}]/u;
/** Longest window fed to ORT when the model's receptive field fits in the window context. */
const LONG_WINDOW = 8192;

/**
 * Loads the model and returns the 'model.ner' detector.
 * @example const ner = await createNerDetector({ ort, modelBytes, config: JSON.parse(json), lexicons });
 *          const spans = await ner.detect('Seen by Dr. Smith on 4/12', { known: [], failSafeThreshold: 0.5 });
 */
export async function createNerDetector(opts: {
  ort: typeof OrtModule;
  modelBytes: Uint8Array;
  config: unknown;
  /** May still be loading: the ORT session starts meanwhile (the two loads overlap). */
  lexicons: LexiconLookup | Promise<LexiconLookup>;
}): Promise<NerDetector> {
  const config = parseNerConfig(opts.config);
  const { ort } = opts;
  let session: OrtModule.InferenceSession;
  const t0 = performance.now();
  try {
    session = await ort.InferenceSession.create(opts.modelBytes, { graphOptimizationLevel: 'all' });
  } catch (cause) {
    throw new ChartVeilError('ERR_MODEL_LOAD', 'PHI model could not be loaded', { cause });
  }
  const sessionMs = performance.now() - t0;
  const lexicons = await opts.lexicons;
  const labels = config.labels as EntityType[];
  const entities = labels.slice(1);

  async function scoreTokens(text: string): Promise<TokenScores> {
    const tokens = tokenize(text);
    const n = tokens.length;
    const phi = new Float32Array(n);
    const entity: EntityType[] = new Array(n);
    if (n === 0) return { tokens, phi, entity };
    const rowNgrams = new Int32Array(n * NGRAM_SLOTS);
    const rowFeats = new Float32Array(n * NUM_FEATURES);
    encodeTokensInto(text, tokens, lexicons, rowNgrams, rowFeats);
    // When no token can see past `context` neighbours, a longer window gives kept tokens exactly the
    // same inputs, so run up to LONG_WINDOW tokens at once, in windows of equal, shortest length:
    // fewer overlap tokens, one small batch.
    const exact = config.receptiveField !== undefined && config.receptiveField <= config.context;
    const window = exact ? Math.max(config.window, balancedWindow(n, LONG_WINDOW, config.context)) : config.window;
    const plan = planWindows(n, window, config.context);
    const len = plan[0]!.length;
    let ngrams = rowNgrams;
    let feats = rowFeats;
    if (plan.length > 1) {
      // Several (overlapping) windows: copy each window's rows into its batch slot. One window is
      // always the whole sequence (planWindows), so its rows are fed as they are.
      ngrams = new Int32Array(plan.length * len * NGRAM_SLOTS);
      feats = new Float32Array(plan.length * len * NUM_FEATURES);
      plan.forEach((w, b) => {
        ngrams.set(rowNgrams.subarray(w.start * NGRAM_SLOTS, (w.start + len) * NGRAM_SLOTS), b * len * NGRAM_SLOTS);
        feats.set(rowFeats.subarray(w.start * NUM_FEATURES, (w.start + len) * NUM_FEATURES), b * len * NUM_FEATURES);
      });
    }
    let logits: Float32Array;
    try {
      const out = await session.run({
        ngrams: new ort.Tensor('int32', ngrams, [plan.length, len, NGRAM_SLOTS]),
        feats: new ort.Tensor('float32', feats, [plan.length, len, NUM_FEATURES]),
      });
      logits = out.logits!.data as Float32Array;
    } catch (cause) {
      throw new ChartVeilError('ERR_MODEL_RUN', 'PHI model failed to run', { cause });
    }
    plan.forEach((w, b) => scoreRows(logits, (b * len - w.start), w.keepFrom, w.keepTo, labels, phi, entity));
    return { tokens, phi, entity };
  }

  return {
    id: 'model.ner',
    entities,
    version: config.version,
    sessionMs,
    scoreTokens,
    async detect(text: string, context: DetectionContext): Promise<Span[]> {
      const s = await scoreTokens(text);
      return tokenSpans(s, context.failSafeThreshold);
    },
  };
}

/**
 * Softmax of the logits rows of tokens [from, to) (row of token t: t + rowShift): P(PHI) = 1 - P(O)
 * into `phi`, the best non-O label into `entity`. One pass for the max, one for the sum.
 */
function scoreRows(
  logits: Float32Array, rowShift: number, from: number, to: number, labels: readonly EntityType[], phi: Float32Array, entity: EntityType[],
): void {
  const nl = labels.length;
  for (let t = from; t < to; t++) {
    const off = (t + rowShift) * nl;
    const o = logits[off]!;
    let best = 1;
    let bestLogit = logits[off + 1]!;
    for (let l = 2; l < nl; l++) {
      const v = logits[off + l]!;
      if (v > bestLogit) (bestLogit = v), (best = l);
    }
    const max = o > bestLogit ? o : bestLogit;
    let sum = 0;
    for (let l = 0; l < nl; l++) sum += Math.exp(logits[off + l]! - max);
    phi[t] = 1 - Math.exp(o - max) / sum;
    entity[t] = labels[best]!;
  }
}

/**
 * Turns per-token scores into spans: tokens at or above the threshold, adjacent tokens of the
 * same type merged, spans made only of punctuation dropped. Score = highest token probability.
 */
export function tokenSpans(s: TokenScores, threshold: number): Span[] {
  const spans: Span[] = [];
  let cur: (Span & { wordy: boolean; last: number }) | null = null;
  const flush = (): void => {
    if (cur?.wordy) spans.push({ start: cur.start, end: cur.end, entity: cur.entity, score: cur.score, detector: 'model.ner' });
    cur = null;
  };
  s.tokens.forEach((tok, i) => {
    const p = s.phi[i]!;
    if (p < threshold) return flush();
    const e = s.entity[i]!;
    if (cur && cur.entity === e && cur.last === i - 1) {
      cur.end = tok.end;
      cur.score = Math.max(cur.score, p);
      cur.wordy ||= WORDLIKE.test(tok.text);
      cur.last = i;
      return;
    }
    flush();
    cur = { start: tok.start, end: tok.end, entity: e, score: p, detector: 'model.ner', wordy: WORDLIKE.test(tok.text), last: i };
  });
  flush();
  return spans;
}

export type { NerConfig };

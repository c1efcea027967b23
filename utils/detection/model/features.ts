/**
 * Per-token model inputs: hashed character n-grams (case-independent, digits folded to 0) and
 * binary features (casing, shape, number ranges, spacing, lexicon flags).
 * Invariant: the generator (training data) and the detector (inference) both call
 * `encodeTokens`, so training and inference inputs can never drift apart.
 */
import type { Token } from './tokenize';

/** Lexicon names the model reads as flags (the engine's `loadLexicons` provides them). */
export const LEXICON_FLAGS = [
  'firstName', 'lastName', 'englishWord', 'medicalTerm', 'city', 'state', 'county', 'country',
  'facilityWord', 'clinicalAbbrev', 'title',
] as const;
export type LexiconFlag = (typeof LEXICON_FLAGS)[number];

/** The slice of the engine's `Lexicons` the model needs. Words are passed lower-cased. */
export interface LexiconLookup {
  has(name: LexiconFlag, word: string): boolean;
}

/** Names of the binary features, in input order (also written to model.json). */
export const FEATURE_NAMES = [
  'case.lower', 'case.upper', 'case.title', 'case.mixed', 'case.none',
  'kind.alpha', 'kind.digit', 'kind.alnum', 'kind.other',
  'len.1', 'len.2', 'len.3-4', 'len.5-7', 'len.8+',
  'num.len1', 'num.len2', 'num.len3', 'num.len4', 'num.len5+', 'num.le89', 'num.90-120', 'num.1900-2099',
  'space.newlineBefore', 'space.spaceBefore', 'space.textStart', 'space.newlineAfter', 'space.spaceAfter',
  ...LEXICON_FLAGS.map((n) => `lex.${n}`),
] as const;
export const NUM_FEATURES = FEATURE_NAMES.length;
/** Hashed n-gram slots per token (0 = empty slot) and the hash table size. */
export const NGRAM_SLOTS = 10;
export const NGRAM_BUCKETS = 16384;

const FEATURE_INDEX = new Map<string, number>(FEATURE_NAMES.map((n, i) => [n, i]));
const f = (name: string): number => FEATURE_INDEX.get(name)!;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const ASCII = /^[\x00-\x7f]*$/;

/** FNV-1a over UTF-16 code units, mapped into 1..NGRAM_BUCKETS-1. */
export function hashPiece(piece: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < piece.length; i++) {
    h ^= piece.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1 + (h % (NGRAM_BUCKETS - 1));
}

/** Lower-cases per code point and folds every decimal digit to '0' (case-free char identity). */
export function normalizeWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(/[0-9]/g, '0');
  let out = '';
  for (const ch of word) out += DIGIT.test(ch) ? '0' : ch.toLowerCase();
  return out;
}

function shapeOf(norm: string): string {
  let out = '';
  for (const ch of norm) {
    const c = ch === '0' ? 'd' : LETTER.test(ch) ? 'a' : ch;
    if (!(out.endsWith(c + c))) out += c;
  }
  return out;
}

function ngramIds(word: string): number[] {
  const norm = normalizeWord(word);
  const chars = Array.from(norm);
  const pieces = new Set<string>([`w:${norm}`, `h:${shapeOf(norm)}`]);
  for (let n = 1; n <= 4 && n < chars.length; n++) {
    pieces.add(`p:${chars.slice(0, n).join('')}`);
    pieces.add(`s:${chars.slice(-n).join('')}`);
  }
  return [...pieces].slice(0, NGRAM_SLOTS).map(hashPiece);
}

/** Features of the word itself (not of its surroundings): cached per distinct word. */
function wordFeatures(w: string, lex: LexiconLookup): number[] {
  const out: number[] = [];
  const hasUpper = UPPER.test(w);
  const hasLower = LOWER.test(w);
  const letters = LETTER.test(w);
  const digits = DIGIT.test(w);
  const first = String.fromCodePoint(w.codePointAt(0)!);
  if (!hasUpper && !hasLower) out.push(f('case.none'));
  else if (!hasUpper) out.push(f('case.lower'));
  else if (!hasLower) out.push(f('case.upper'));
  else if (UPPER.test(first) && !UPPER.test(w.slice(first.length))) out.push(f('case.title'));
  else out.push(f('case.mixed'));
  out.push(f(letters && digits ? 'kind.alnum' : letters ? 'kind.alpha' : digits ? 'kind.digit' : 'kind.other'));
  const len = Array.from(w).length;
  out.push(f(len === 1 ? 'len.1' : len === 2 ? 'len.2' : len <= 4 ? 'len.3-4' : len <= 7 ? 'len.5-7' : 'len.8+'));
  if (digits && !letters && /^[0-9]+$/.test(w)) {
    out.push(f(len === 1 ? 'num.len1' : len === 2 ? 'num.len2' : len === 3 ? 'num.len3' : len === 4 ? 'num.len4' : 'num.len5+'));
    const v = Number(w);
    if (v <= 89) out.push(f('num.le89'));
    else if (v <= 120) out.push(f('num.90-120'));
    else if (v >= 1900 && v <= 2099) out.push(f('num.1900-2099'));
  }
  if (letters) {
    const lower = w.toLowerCase();
    for (const name of LEXICON_FLAGS) if (lex.has(name, lower)) out.push(f(`lex.${name}`));
  }
  return out;
}

function spacingFeatures(text: string, tok: Token, out: number[]): void {
  if (tok.start === 0) out.push(f('space.textStart'));
  const before = tok.start > 0 ? text.charCodeAt(tok.start - 1) : -1;
  const after = tok.end < text.length ? text.charCodeAt(tok.end) : -1;
  if (before === 0x0a || before === 0x0d) out.push(f('space.newlineBefore'));
  else if (isJsSpace(before)) out.push(f('space.spaceBefore'));
  if (after === 0x0a || after === 0x0d) out.push(f('space.newlineAfter'));
  else if (isJsSpace(after)) out.push(f('space.spaceAfter'));
}

/** `/\s/` on one UTF-16 code unit (-1: none), without a string for the common ASCII case. */
function isJsSpace(unit: number): boolean {
  if (unit < 0) return false;
  if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  return /\s/.test(String.fromCharCode(unit));
}


/** Model inputs for a token sequence, in compact form. */
export interface EncodedTokens {
  /** NGRAM_SLOTS hashed ids per token, 0-padded. */
  ngrams: number[][];
  /** Indices of the active binary features per token. */
  active: number[][];
}

/** Per-call memo of word -> (padded n-gram ids, word features). */
type WordCache = Map<string, { ngrams: number[]; features: number[] }>;

function wordEntry(cache: WordCache, word: string, lex: LexiconLookup): { ngrams: number[]; features: number[] } {
  let entry = cache.get(word);
  if (!entry) {
    const ids = ngramIds(word);
    while (ids.length < NGRAM_SLOTS) ids.push(0);
    entry = { ngrams: ids, features: wordFeatures(word, lex) };
    cache.set(word, entry);
  }
  return entry;
}

/**
 * Encodes tokens into model inputs. Pure; the same call builds training data and inference input.
 * Words repeat a lot in a note, so each distinct word is encoded once per call; nothing is kept
 * between calls (no words of one note stay in memory after it).
 * @example encodeTokens('Dr Smith', tokenize('Dr Smith'), lex).active.length === 2
 */
export function encodeTokens(text: string, tokens: readonly Token[], lex: LexiconLookup): EncodedTokens {
  const ngrams: number[][] = [];
  const active: number[][] = [];
  const cache: WordCache = new Map();
  for (const tok of tokens) {
    const entry = wordEntry(cache, tok.text, lex);
    ngrams.push(entry.ngrams);
    const feats = entry.features.slice();
    spacingFeatures(text, tok, feats);
    feats.sort((a, b) => a - b);
    active.push(feats);
  }
  return { ngrams, active };
}

/**
 * The same inputs as `encodeTokens`, written straight into the rows of ORT's input buffers
 * (`ngrams`: NGRAM_SLOTS ids per token, `feats`: NUM_FEATURES 0/1 per token, zero-filled):
 * no per-token arrays, so a long note makes little garbage. A test checks both agree.
 * @example encodeTokensInto(text, tokens, lex, new Int32Array(n * NGRAM_SLOTS), new Float32Array(n * NUM_FEATURES))
 */
export function encodeTokensInto(text: string, tokens: readonly Token[], lex: LexiconLookup, ngrams: Int32Array, feats: Float32Array): void {
  const cache: WordCache = new Map();
  const spacing: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const entry = wordEntry(cache, tok.text, lex);
    ngrams.set(entry.ngrams, t * NGRAM_SLOTS);
    const base = t * NUM_FEATURES;
    for (const a of entry.features) feats[base + a] = 1;
    spacing.length = 0;
    spacingFeatures(text, tok, spacing);
    for (const a of spacing) feats[base + a] = 1;
  }
}


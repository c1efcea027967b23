/**
 * Word classes over the lexicons, shared by the name and place detectors: is a word a known
 * name, safe vocabulary (English, medical, shorthand, eponym), or unknown to every list.
 * Invariant: the safe-list wins over the name lists only when no context says "person".
 */
import type { Lexicons } from '../lexicons/index';
import { stripPossessive, wordTokens, type Token } from '../text';
import { FUNCTION_WORDS, MEDICAL_SUFFIX } from './name-cues';

/** Classification of one word, computed once per token. */
export interface WordClass {
  lower: string;
  firstName: boolean;
  lastName: boolean;
  english: boolean;
  medical: boolean;
  abbrev: boolean;
  eponym: boolean;
  func: boolean;
  place: boolean;
  facility: boolean;
  /** Frequent given name or surname (faker en): a name when capitalised mid-sentence. */
  common: boolean;
  /** Demonyms, weekdays and words listed as common: capitalised but not PHI alone. */
  commonWord: boolean;
  /** Only in the large, noisy name list (humannames): weak evidence, used with a first name. */
  rare: boolean;
  /** A country name: not a Safe Harbor identifier on its own. */
  country: boolean;
}

/** Memo of word classes and word tokens, alive only while an analysis runs (see withDetectionMemo). */
let scope: { depth: number; caches: WeakMap<Lexicons, Map<string, WordClass>>; tokens: Map<string, Token[]> } | null = null;

/**
 * Runs `work` with word classes and word tokens memoised across every detector of one analysis.
 * The memo is dropped when the last overlapping analysis ends, so no word of a note stays in
 * memory after it.
 * @example await withDetectionMemo(() => runDetectors(text))
 */
export async function withDetectionMemo<T>(work: () => Promise<T>): Promise<T> {
  scope ??= { depth: 0, caches: new WeakMap(), tokens: new Map() };
  scope.depth++;
  try {
    return await work();
  } finally {
    if (--scope.depth === 0) scope = null;
  }
}

/**
 * `wordTokens(text)`, shared by the detectors that walk the same chunk (memoised inside
 * withDetectionMemo). Callers must not modify the returned array.
 * @example tokensOf('SEEN BY DR SMITH').length // 4
 */
export function tokensOf(text: string): Token[] {
  if (!scope) return wordTokens(text);
  let tokens = scope.tokens.get(text);
  if (!tokens) scope.tokens.set(text, (tokens = wordTokens(text)));
  return tokens;
}

/**
 * Classifies a word against the lexicons (case-insensitive, possessive stripped); memoised
 * inside withDetectionMemo, computed afresh outside it.
 * @example classify(lex, "Parkinson's").eponym // true
 */
export function classify(lex: Lexicons, word: string): WordClass {
  if (!scope) return classifyWord(lex, word);
  let cache = scope.caches.get(lex);
  if (!cache) scope.caches.set(lex, (cache = new Map()));
  let c = cache.get(word);
  if (!c) cache.set(word, (c = classifyWord(lex, word)));
  return c;
}

function classifyWord(lex: Lexicons, word: string): WordClass {
  const lower = stripPossessive(word).toLowerCase();
  const contraction = /^([a-z]+)['’](?:m|re|ll|ve|d|t|s)$/.exec(word.toLowerCase());
  const base = contraction ? contraction[1]! : lower;
  const nameListed = lex.has('firstName', lower) || lex.has('lastName', lower);
  const medical = lex.has('medicalTerm', lower) || (!nameListed && !lex.has('rareName', lower) && lower.length > 5 && MEDICAL_SUFFIX.test(lower));
  return {
    lower,
    firstName: lex.has('firstName', lower),
    lastName: lex.has('lastName', lower),
    english: lex.has('englishWord', lower) || lex.has('englishWord', word.toLowerCase()) || (contraction !== null && (FUNCTION_WORDS.has(base) || /^(?:i|don|can|won|isn|aren|wasn|weren|didn|doesn|couldn|wouldn|shouldn|haven|hasn|hadn|let|that|there|what|who|it|he|she|we|you|they)$/.test(base))),
    medical,
    abbrev: lex.has('clinicalAbbrev', lower) || lex.has('clinicalAbbrev', word.toLowerCase()),
    eponym: lex.has('eponym', lower),
    func: FUNCTION_WORDS.has(lower),
    place: lex.has('city', lower) || lex.has('state', lower) || lex.has('county', lower),
    facility: lex.has('facilityWord', lower),
    common: lex.has('commonName', lower),
    commonWord: lex.has('commonWord', lower),
    rare: lex.has('rareName', lower),
    country: lex.has('country', lower),
  };
}

/** In a name lexicon at all. */
export function isNameWord(c: WordClass): boolean {
  return c.firstName || c.lastName;
}

/** Ordinary or medical vocabulary: not a name without context. */
export function isSafeWord(c: WordClass): boolean {
  return c.english || c.medical || c.abbrev || c.eponym || c.func || c.facility || c.commonWord;
}

/** Unknown to every lexicon and the safe-list. */
export function isUnknownWord(c: WordClass): boolean {
  return !isNameWord(c) && !isSafeWord(c) && !c.place;
}

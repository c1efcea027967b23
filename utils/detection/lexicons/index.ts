/**
 * Lexicon loading: the generated word lists in public/lexicons/ (built by `npm run lexicons`,
 * one lower-case entry per line, sorted) become one sorted array per lexicon, searched by
 * binary search. No hash set is built: 380k entries load in ~20 ms instead of ~400 ms, which
 * is most of the engine's cold start outside onnxruntime. Lookups are case-insensitive.
 * Invariant: a missing lexicon asset fails loading (ERR_MODEL_LOAD); the engine never runs
 * with a silently empty safe-list or name list.
 */
import { ChartVeilError } from '../../errors';
import type { EngineAssets } from '../assets';

export type LexiconName =
  | 'firstName' | 'lastName' | 'englishWord' | 'medicalTerm' | 'city' | 'state' | 'county'
  | 'country' | 'facilityWord' | 'clinicalAbbrev' | 'title' | 'commonWord' | 'eponym'
  | 'facilityName' | 'commonName' | 'rareName';

/** Asset file of each lexicon, relative to the extension root. */
export const LEXICON_FILES: Readonly<Record<LexiconName, string>> = {
  firstName: 'lexicons/first-names.txt',
  lastName: 'lexicons/last-names.txt',
  rareName: 'lexicons/rare-names.txt',
  englishWord: 'lexicons/english-words.txt',
  medicalTerm: 'lexicons/medical-terms.txt',
  city: 'lexicons/us-cities.txt',
  state: 'lexicons/us-states.txt',
  county: 'lexicons/us-counties.txt',
  country: 'lexicons/countries.txt',
  facilityWord: 'lexicons/facility-words.txt',
  clinicalAbbrev: 'lexicons/clinical-abbrev.txt',
  title: 'lexicons/titles.txt',
  commonWord: 'lexicons/common-words.txt',
  eponym: 'lexicons/eponyms.txt',
  facilityName: 'lexicons/facility-names.txt',
  commonName: 'lexicons/common-names.txt',
};

export interface Lexicons {
  /** Case-insensitive membership. */
  has(name: LexiconName, word: string): boolean;
  /** Every entry of a lexicon (lower case, sorted), e.g. to index multi-word city names. */
  entries(name: LexiconName): readonly string[];
}

/** Whether `sorted` (ascending by UTF-16 code units) holds `word`. */
function sortedHas(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === word) return true;
    if (v < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Lower-cased, sorted and de-duplicated, unless it already is (the generated files are). */
function normalized(list: string[]): string[] {
  let ok = true;
  for (let i = 0; i < list.length && ok; i++) {
    const w = list[i]!;
    ok = w === w.toLowerCase() && (i === 0 || list[i - 1]! < w);
  }
  return ok ? list : [...new Set(list.map((w) => w.toLowerCase()))].sort();
}

/** Builds a Lexicons object from already-parsed lists (tests, tools). */
export function lexiconsFromLists(lists: Partial<Record<LexiconName, Iterable<string>>>): Lexicons {
  const sorted = new Map<LexiconName, readonly string[]>();
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) sorted.set(name, normalized([...(lists[name] ?? [])]));
  return {
    has: (name, word) => sortedHas(sorted.get(name)!, word.toLowerCase()),
    entries: (name) => sorted.get(name)!,
  };
}

/** Parses a generated lexicon file: one entry per line, blank lines and `#` comments ignored. */
export function parseLexicon(text: string): string[] {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.startsWith('#')) first++;
  const body = lines.slice(first);
  while (body.length && body.at(-1) === '') body.pop();
  // Fast path: the generated files are clean (no blanks, no inner comments, no padding).
  if (body.every((w) => w !== '' && w[0] !== '#' && w.trim() === w)) return body;
  return body.map((l) => l.trim()).filter((w) => w && !w.startsWith('#'));
}

/**
 * Loads every lexicon from the engine's assets.
 * @example const lex = await loadLexicons(nodeAssets()); lex.has('firstName', 'ANNA') // true
 */
export async function loadLexicons(assets: EngineAssets): Promise<Lexicons> {
  const lists: Partial<Record<LexiconName, string[]>> = {};
  try {
    await Promise.all(
      (Object.entries(LEXICON_FILES) as [LexiconName, string][]).map(async ([name, file]) => {
        lists[name] = parseLexicon(await assets.readText(file));
      }),
    );
  } catch (cause) {
    throw new ChartVeilError('ERR_MODEL_LOAD', 'PHI lexicons could not be loaded', { cause });
  }
  return lexiconsFromLists(lists);
}

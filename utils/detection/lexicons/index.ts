/**
 * Lexicon loading: the generated word lists in public/lexicons/ (built by `npm run lexicons`)
 * become one Set per lexicon, loaded once per engine. Lookups are case-insensitive.
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
  /** Every entry of a lexicon (lower case), e.g. to index multi-word city names. */
  entries(name: LexiconName): ReadonlySet<string>;
}

/** Builds a Lexicons object from already-parsed lists (tests, tools). */
export function lexiconsFromLists(lists: Partial<Record<LexiconName, Iterable<string>>>): Lexicons {
  const sets = new Map<LexiconName, Set<string>>();
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) {
    sets.set(name, new Set([...(lists[name] ?? [])].map((w) => w.toLowerCase())));
  }
  return {
    has: (name, word) => sets.get(name)!.has(word.toLowerCase()),
    entries: (name) => sets.get(name)!,
  };
}

/** Parses a generated lexicon file: one lower-case entry per line, `#` comments ignored. */
export function parseLexicon(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (w && !w.startsWith('#')) out.push(w);
  }
  return out;
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

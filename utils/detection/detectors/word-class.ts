/**
 * Word classes over the lexicons, shared by the name and place detectors: is a word a known
 * name, safe vocabulary (English, medical, shorthand, eponym), or unknown to every list.
 * Invariant: the safe-list wins over the name lists only when no context says "person".
 */
import type { Lexicons } from '../lexicons/index';
import { stripPossessive } from '../text';
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
}

/**
 * Classifies a word against the lexicons (case-insensitive, possessive stripped).
 * @example classify(lex, "Parkinson's").eponym // true
 */
export function classify(lex: Lexicons, word: string): WordClass {
  const lower = stripPossessive(word).toLowerCase();
  const medical = lex.has('medicalTerm', lower) || (lower.length > 5 && MEDICAL_SUFFIX.test(lower));
  return {
    lower,
    firstName: lex.has('firstName', lower),
    lastName: lex.has('lastName', lower),
    english: lex.has('englishWord', lower) || lex.has('englishWord', word.toLowerCase()),
    medical,
    abbrev: lex.has('clinicalAbbrev', lower) || lex.has('clinicalAbbrev', word.toLowerCase()),
    eponym: lex.has('eponym', lower),
    func: FUNCTION_WORDS.has(lower),
    place: lex.has('city', lower) || lex.has('state', lower) || lex.has('county', lower),
    facility: lex.has('facilityWord', lower),
  };
}

/** In a name lexicon at all. */
export function isNameWord(c: WordClass): boolean {
  return c.firstName || c.lastName;
}

/** Ordinary or medical vocabulary: not a name without context. */
export function isSafeWord(c: WordClass): boolean {
  return c.english || c.medical || c.abbrev || c.eponym || c.func || c.facility;
}

/** Unknown to every lexicon and the safe-list. */
export function isUnknownWord(c: WordClass): boolean {
  return !isNameWord(c) && !isSafeWord(c) && !c.place;
}

/**
 * Name expansion: once a name token is found anywhere, every other occurrence of it in the
 * document is masked too ("SMITH" after "Dr. John Smith"). Safe-list words (English, medical,
 * shorthand, eponyms) expand only in the casing they were found in, to keep precision.
 */
import type { Lexicons } from './lexicons/index';
import { classify, isSafeWord } from './detectors/word-class';
import { WEEKDAY_ABBREVIATION } from './detectors/dates';
import { EPONYM_USE, isTitleOrRole, PRE_TITLES, POST_TITLES, RELATIVES, ROLES, startsWithTitle } from './detectors/name-cues';
import type { Span } from './types';
import { isUpperText, regexAll, wholeTermsRegex } from './text';


/**
 * Returns NAME spans for repeats of words found inside NAME spans.
 * @example expandNames('Dr. Quill saw pt. QUILL aware', [nameSpan(0, 9)], lex) // adds "QUILL"
 */
export function expandNames(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const insensitive = new Set<string>();
  const exact = new Set<string>();
  for (const s of spans) {
    if (s.entity !== 'NAME') continue;
    for (const w of text.slice(s.start, s.end).match(/[\p{L}][\p{L}'’-]*[\p{L}]/gu) ?? []) {
      const c = classify(lex, w);
      if (w.length < 3 || c.func || PRE_TITLES.has(c.lower) || POST_TITLES.has(c.lower) || WEEKDAY_ABBREVIATION.test(w) || (c.country && !c.firstName)) continue;
      if (c.english || c.abbrev || c.medical || c.eponym || c.facility) exact.add(w);
      else insensitive.add(w.toLowerCase());
    }
  }
  const out: Span[] = [];
  const run = (words: Set<string>, flags: string) => {
    if (!words.size) return;
    const re = wholeTermsRegex([...words].sort((a, b) => b.length - a.length), flags);
    regexAll(re, text, (m) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if ((EPONYM_USE.test(after) || /^['’]s\b/.test(after)) && classify(lex, m[0]).eponym) return;
      out.push({ start: m.index, end: m.index + m[0].length, entity: 'NAME', score: 0.8, detector: 'expand.name' });
    });
  };
  run(insensitive, 'giu');
  run(exact, 'gu');
  return out;
}

/**
 * A given name may be followed by a surname, in the same case, that is also an English word
 * ("jane doe's mom", "Dr. Will Bishop", "FOB IS ISAIAH YOUNG"): returns NAME spans for such
 * surnames (capitalised ones only when frequent surnames).
 * @example surnamesAfterGivenNames('pt is jane doe', [nameSpan(6, 10)], lex) // adds "doe"
 */
export function surnamesAfterGivenNames(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.entity !== 'NAME' || text[s.end] !== ' ' || !/\p{L}/u.test(text[s.end + 1] ?? '')) continue;
    const given = text.slice(s.start, s.end);
    if (!/^\p{L}+$/u.test(given) || !classify(lex, given).firstName) continue;
    const lower = /^\p{Ll}+$/u.test(given);
    const sameCase = lower ? /^ ([\p{Ll}][\p{L}-]+)(?:['’]s)?(?![\p{L}])/u : given === given.toUpperCase() ? /^ (\p{Lu}[\p{Lu}-]+)(?:['’]S)?(?![\p{L}])/u : /^ (\p{Lu}\p{Ll}[\p{L}-]*)(?:['’]s)?(?![\p{L}])/u;
    const m = sameCase.exec(text.slice(s.end, s.end + 40));
    if (!m) continue;
    const c = classify(lex, m[1]!);
    if (!c.lastName || c.func || c.medical || c.commonWord || PRE_TITLES.has(c.lower) || POST_TITLES.has(c.lower)) continue;
    if (!lower && (c.abbrev || c.facility || ROLES.has(c.lower))) continue;
    // Capitalised, an English word must be a frequent surname or end the phrase ("Dr. Will Bishop,",
    // "ISAIAH YOUNG, INVOLVED"; not "JOHN WELL APPEARING").
    const ends = /^[ \t]*(?:[,;:)(\]\n]|$)/.test(text.slice(s.end + m[0].length, s.end + m[0].length + 4));
    if (!lower && c.english && !c.common && !ends) continue;
    out.push({ start: s.start, end: s.end + 1 + m[1]!.length, entity: 'NAME', score: 0.6, detector: 'expand.name' }); // one name, one placeholder
  }
  return out;
}

/**
 * A word on no vocabulary or place list (or a listed first name), right before a name and written
 * like it, maybe with an initial between, is the rest of that name ("DAUGHTER ZEBULIAH OKAFOR",
 * "Patient: Chinedu A. Okonkwo" when only the surname is known): returns NAME spans for it.
 * @example givenNamesBeforeSurnames('DAUGHTER ZEBULIAH OKAFOR', [nameSpan(18, 24)], lex) // adds "ZEBULIAH OKAFOR"
 */
export function givenNamesBeforeSurnames(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.entity !== 'NAME') continue;
    const m = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+)( \p{Lu}\.?)? $/u.exec(text.slice(Math.max(0, s.start - 40), s.start));
    if (!m) continue;
    const word = m[1]!;
    const name = text.slice(s.start, s.end);
    if (startsWithTitle(name)) continue; // "Dear Dr. Okafor": nothing stands before a title
    const sameCase = name === name.toUpperCase() ? word === word.toUpperCase() : word !== word.toUpperCase();
    const c = classify(lex, word);
    // A listed first name counts even when it is also a word ("Grace Oyelaran-Smith").
    // "Will Bradley (husband)", "Will Grant, RN": a given name that is also a function word, when what follows says person.
    const vouched = c.func && c.firstName && /^\p{Lu}\p{Ll}/u.test(word) && PERSON_AFTER.test(text.slice(s.end, s.end + 16));
    const given = (c.firstName && !c.func && !c.abbrev && !c.medical) || (!isSafeWord(c) && !c.place) || vouched;
    if (!sameCase || !given || PRE_TITLES.has(c.lower) || POST_TITLES.has(c.lower) || word.toLowerCase().split('-').some((p) => ROLES.has(p))) continue; // "SON-IN-LAW SKIP"
    const start = s.start - m[0].length + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: s.end, entity: 'NAME', score: 0.6, detector: 'expand.name' }); // one name, one placeholder
  }
  return out;
}

/** What says the words before it are a person: a relative's role in brackets or a credential. */
const PERSON_AFTER = new RegExp(`^\\s*(?:\\((?:${[...RELATIVES].join('|')}|hcp|poa)\\)|,\\s*(?:${[...POST_TITLES].join('|')})\\b)`, 'i');

/** A quoted or bracketed word between two parts of one name: `DEREK "DJ" MALLOY`, `Robert (Bobby) Jones`. */
const NICKNAME_BETWEEN = /^\s+(["“'‘(])[\p{L}][\p{L}.'’-]{0,15}(["”'’)])\s+$/u;

/**
 * Returns NAME spans for nicknames quoted between a given name and a surname: the rest of the
 * name is found by its parts, the nickname in quotes often is not (it is an English word or
 * letters).
 * @example quotedNicknames('DEREK "DJ" MALLOY', [nameSpan(0, 5), nameSpan(11, 17)]) // adds '"DJ"'
 */
export function quotedNicknames(text: string, spans: readonly Span[]): Span[] {
  const names = spans.filter((s) => s.entity === 'NAME').sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let k = 1; k < names.length; k++) {
    const a = names[k - 1]!;
    const b = names[k]!;
    if (b.start <= a.end || b.start - a.end > 24) continue;
    const m = NICKNAME_BETWEEN.exec(text.slice(a.end, b.start));
    if (!m || '"“\'‘('.indexOf(m[1]!) !== '"”\'’)'.indexOf(m[2]!)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: a.end + lead, end: b.start - (m[0].length - m[0].trimEnd().length), entity: 'NAME', score: 0.8, detector: 'expand.name' });
  }
  return out;
}

/** After a name in "Last, First" form: an age and sex, a birth date, a record number or a bracket. */
const AFTER_LISTED_NAME = /^(?:-\p{L}+)?(?:\s+\p{Lu}\.?)?\s*(?:,\s*)?(?:\d{1,3}\s?(?:y\/?o\s?)?[MFmf]\b|\(|(?:DOB|dob|MRN|mrn|MR#)\b)/u;

const AGE_SEX_AFTER = /^(?:-\p{L}+)?\s*,?\s*\d{1,3}\s?(?:y\/?o\s?)?[MFmf]\b/u;

/**
 * "Last, First" names with one part found: "Pt: Okonkwo, Ifeoma C." (the given name after a
 * surname that starts a line or a label) and "S: Park, Soon-Ja 94F" (the surname before a given
 * name that an age, a birth date or a record number follows). Returns NAME spans over both parts.
 * @example commaNameParts('Pt: Okonkwo, Ifeoma C.', [nameSpan(4, 11)], lex) // adds "Okonkwo, Ifeoma C."
 */
export function commaNameParts(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const out: Span[] = [];
  const part = (word: string, name: string) => {
    const c = classify(lex, word);
    const sameCase = name === name.toUpperCase() ? word === word.toUpperCase() : word !== word.toUpperCase() && /^\p{Lu}/u.test(word);
    // (A name-listed word may look medical by its ending: "Ifeoma".)
    return sameCase && !c.func && !(c.medical && !c.rare && !c.firstName && !c.lastName) && !c.abbrev && !c.facility && !c.commonWord && !isTitleOrRole(c.lower);
  };
  for (const s of spans) {
    // (The model may read a given name with an age after it as a place: "Park, Soon-Ja 94F".)
    if (s.entity !== 'NAME' && s.entity !== 'LOCATION') continue;
    // Cheap test first: a comma right after the span, or right before it.
    const commaAfter = text[s.end] === ',' || (text[s.end] === ' ' && text[s.end + 1] === ',');
    const commaBefore = /,[ \t]?$/.test(text.slice(Math.max(0, s.start - 2), s.start));
    if (!commaAfter && !commaBefore) continue;
    const name = text.slice(s.start, s.end);
    if (name.includes(',')) continue;
    const given = /^[ \t]?,[ \t]?(\p{Lu}[\p{L}'’-]+)((?:[ \t]\p{Lu}\.?)?)(?![\p{L}])/u.exec(text.slice(s.end, s.end + 40));
    const headed = /(?:^|\n|:[ \t]*|\t|[ ]{2})$/.test(text.slice(Math.max(0, s.start - 12), s.start));
    if (s.entity === 'NAME' && given && headed && part(given[1]!, name)) {
      const c = classify(lex, given[1]!);
      if (c.firstName || c.rare || !isSafeWord(c)) out.push({ start: s.start, end: s.end + given[0].length, entity: 'NAME', score: 0.7, detector: 'expand.name' });
    }
    const surname = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]+)[ \t]?,[ \t]?$/u.exec(text.slice(Math.max(0, s.start - 40), s.start));
    const after = text.slice(s.end, s.end + 24);
    if (surname && AFTER_LISTED_NAME.test(after) && (s.entity === 'NAME' || AGE_SEX_AFTER.test(after)) && part(surname[1]!, name)) {
      const c = classify(lex, surname[1]!);
      if (c.lastName || c.rare || !isSafeWord(c)) out.push({ start: s.start - surname[0].length, end: s.end, entity: 'NAME', score: 0.7, detector: 'expand.name' });
    }
  }
  return out;
}

/** A nickname in quotes or brackets right after a name: `RICHARD "RICH"`, `PRIYA ("PINKY")`, `MAUREEN (MO)`. */
const NICKNAME_AFTER_NAME = /^[ \t]*(?:\([ \t]*["“']?(\p{L}[\p{L}'’-]{1,14})["”']?[ \t]*\)|["“](\p{L}[\p{L}'’-]{1,14})["”])/u;

/**
 * Returns NAME spans for a one-word nickname quoted or bracketed right after a NAME span, unless
 * the word is a role, a credential, shorthand or a medical word ("JOHN (HCP)", "ANA (RN)").
 * @example nicknamesAfterNames('SON RICHARD "RICH" WANTS', [nameSpan(4, 11)], lex) // adds "RICH"
 */
export function nicknamesAfterNames(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    if (s.entity !== 'NAME') continue;
    const m = NICKNAME_AFTER_NAME.exec(text.slice(s.end, s.end + 24));
    if (!m) continue;
    const word = (m[1] ?? m[2])!;
    const c = classify(lex, word);
    // ("Young, William (Will)": a given name that is also a function word counts when capitalised.)
    if ((c.func && !(c.firstName && /^\p{Lu}\p{Ll}/u.test(word))) || (c.commonWord && !c.firstName) || isTitleOrRole(c.lower) || ((c.abbrev || c.medical) && !c.firstName)) continue;
    // "(Registration)", "Stonebridge (IRF)": in brackets without quotes, a word, or capitals in a note
    // not written in capitals, is no nickname unless a given name (quotes make "PINKY" one).
    const quoted = /["“']/.test(m[0]);
    if (!quoted && !c.firstName && (c.english || (word === word.toUpperCase() && !isUpperText(text)))) continue;
    const start = s.end + m[0].lastIndexOf(word);
    out.push({ start, end: start + word.length, entity: 'NAME', score: 0.75, detector: 'expand.name' });
  }
  return out;
}

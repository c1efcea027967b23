/**
 * Person names found by the shape of their phrase or line rather than word by word (part of
 * lexicon.name): dotted initials ("pt J.D."), lower-case signatures ("-- j. ortiz rn cm"), the
 * words before a record number or DOB, before ", <age>", chat senders, roster lines, labelled
 * header lines, nicknames after "goes by" and plural relatives, dash and dictation signatures, and
 * a given name with an initial before an age. Each adds NAME spans to the list it is given;
 * namesByShape runs them all.
 */
import type { Lexicons } from '../lexicons/index';
import type { Span } from '../types';
import { regexAll } from '../text';
import { isTitleOrRole, POST_TITLES, PRE_TITLES, ROLES } from './name-cues';
import { classify, isNameWord, isUnknownWord } from './word-class';

/** Adds one NAME span of this detector (lexicon.name). */
function addName(spans: Span[], start: number, end: number, score: number): void {
  spans.push({ start, end, entity: 'NAME', score, detector: 'lexicon.name' });
}

/** Two or three dotted letters standing alone ("pt J.D.", "for b.j. (88 y/o)"). */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.'’])(?:\p{L}\.){2,3}(?![\p{L}\p{N}])/gu;
/** Dotted letters that spell shorthand, units of time, places or credentials, not a person. */
const DOTTED_NOT_NAMES = new Set([
  'eg', 'ie', 'am', 'pm', 'us', 'uk', 'nb', 'vs', 'cf', 'al', 'bc', 'ad', 'dc', 'ok', 'op', 'po', 'iv', 'im', 'sq', 'sc', 'pr',
  'hs', 'ac', 'pc', 'bid', 'tid', 'qid', 'qd', 'qod', 'qhs', 'prn', 'od', 'os', 'ou', 'au', 'as', 'md', 'do', 'rn', 'np', 'pa',
  'dds', 'phd', 'ms', 'mph', 'rd', 'pt', 'ot', 'st', 'jr', 'sr', 'ps', 'ct', 'ekg', 'ecg', 'er', 'ed', 'or', 'icu', 'npo', 'dnr',
]);

/**
 * Adds NAME spans for dotted initials unless the letters spell shorthand or a title (b.i.d., a.m.,
 * M.D.), which "initials" before them overrules ("initials R.T.").
 */
export function dottedInitials(text: string, lex: Lexicons, spans: Span[]): void {
  regexAll(DOTTED_INITIALS, text, (m) => {
    const letters = m[0].replace(/\./g, '').toLowerCase();
    // "initials R.T.", and a signature's "-E.W." or "-C.M. RN", overrule the shorthand lists.
    const said = /\binitials?\s*:?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
      || (/(?:^|[.;]\s+|\n)[ \t]*[-–~]{1,2}[ \t]?$/.test(text.slice(Math.max(0, m.index - 8), m.index)) && /^[ \t]*(?:,?[ \t]*(?:rn|lpn|md|np|rrt|cna)\b|$|\n)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)));
    if (!said && (DOTTED_NOT_NAMES.has(letters) || POST_TITLES.has(letters) || lex.has('clinicalAbbrev', letters) || lex.has('title', letters))) return;
    addName(spans, m.index, m.index + m[0].length, 0.8);
  });
}

/** "-- j. ortiz rn cm", "~ k. whitlow, RN CM": an initial and a surname before a credential, even in lower case. */
const LOWER_SIGNATURE = /(?<![\p{L}\p{N}.])[a-z]\.\s?[a-z][a-z'’-]{2,}(?:-[a-z]+)?(?=,?\s+(?:rn|md|np|pa|lpn|lcsw|licsw|msw|lsw|rrt|pharmd|do|cm|cna)\b)/giu;

/** "-jb lpn", "~kc rn": initials after a dash, before a credential. */
const INITIALS_SIGNATURE = /(?<=(?:^|\s)[-–~][ \t]?)[a-z]{2,3}(?=,?[ \t]+(?:rn|md|np|pa|lpn|lcsw|licsw|msw|rrt|pharmd|do|cna)\b)/gimu;

export function lowerCaseSignatures(text: string, spans: Span[]): void {
  for (const re of [LOWER_SIGNATURE, INITIALS_SIGNATURE]) {
    regexAll(re, text, (m) => addName(spans, m.index, m.index + m[0].length, 0.8));
  }
}

/** Two to four capitalised words (a "LAST, FIRST M" order too) right before a record number or DOB. */
const BEFORE_RECORD = /(\p{Lu}[\p{L}'’-]+(?:,?[ \t]+\p{Lu}[\p{L}'’-]*\.?){1,3})(?:\s*[,(|]\s*|\t|[ \t]{2,})(?:MRN\b|MR\s?#|Medical Record\b|Acct\b|DOB\b)/gu;

/**
 * Adds NAME spans for the words that head a record number ("Hunter Bell, MR# A2234891",
 * "GARCIA, LUIS E (MRN 4471-2290)"): what stands right before an MRN is the patient, even when
 * its words are also English. Leading words on no name list ("Seen"), and a leading function word
 * before two more words ("Can Hunter Bell"), are dropped.
 */
export function namesBeforeRecord(text: string, lex: Lexicons, spans: Span[]): void {
  regexAll(BEFORE_RECORD, text, (m) => {
    const words = [...m[1]!.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
    let first = 0;
    while (first < words.length) {
      const c = classify(lex, words[first]![0]);
      // A function word leads only a two-word name ("Will Thornton"), not "Can Hunter Bell".
      const lead = (isNameWord(c) || isUnknownWord(c)) && !(c.func && words.length - first > 2);
      if (lead && !ROLES.has(c.lower) && !PRE_TITLES.has(c.lower)) break;
      first++;
    }
    const rest = words.slice(first);
    if (rest.length < 2 || rest.some((w) => { const c = classify(lex, w[0]); return (c.abbrev && w[0].length > 1 && !isNameWord(c)) || c.medical; })) return;
    const start = m.index + rest[0]!.index!;
    addName(spans, start, m.index + m[1]!.length, 0.85);
  });
}

/** A chat line's sender, "[14:05] o'brien, kit (rn):", and a roster line's patient, "Bed 6 - Young, Frank 62M". */
const CHAT_SENDER = /^[ \t]*\[[^\]\n]{3,25}\][ \t]*([\p{L}'’-]+[ \t]?,[ \t]*[\p{L}'’-]+(?:[ \t]+\p{L}\.?)?)[ \t]*\([\p{L}/-]{1,8}\)[ \t]*:/gmu;
/** A patient's name on its labelled header line, alone or before a wide gap or an age: "PATIENT NAME: HOLLOWAY, GERALD P", "Patient: VANG, TOU GER   74M", "NAME : PARK , JI-HOON" (dictated text spaces its punctuation). */
const LABELLED_NAME = /^[ \t]*(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name)[ \t]*:[ \t]*((?:[\p{L}'’-]+[ \t]?,[ \t]*[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+)(?:[ \t]+\p{L}+\.?)?)(?=[ \t]*$|[ \t]{2,}|\t|[ \t]+\d{1,3}[ \t]?(?:[MF]|yo|y\/o)\b)/gimu;
const ROSTER_PATIENT = /\b(?:bed|rm|room)[ \t]*#?\d{1,4}[A-Z]?[ \t]*(?:[-–:][ \t]*)?([\p{L}'’-]+[ \t]?,[ \t]*[\p{L}'’-]+)(?=[ \t]+\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o)\b|[ \t]*[(,;-])/giu;
/** An age and sex, maybe after a bracket: what follows a listed patient ("45f", "(bed 7) 45f", "(Oluwaseun), 4yo M"). */
const AGE_SEX_WORD = String.raw`\d{1,3}[ \t]?(?:y\/?o[ \t]?)?[MFmf]\b`;
const AGE_SEX = String.raw`(?=[ \t]*(?:\([^)\n]{1,24}\)[ \t]*,?[ \t]*)?${AGE_SEX_WORD})`;
/** "lee, soo-ah (bed 7) 45f" at the start of a line or item: a "last, first" name with an age and sex after it. */
const LAST_FIRST_AGE = new RegExp(String.raw`(?:^|[.;][ \t]+)[ \t]*(?:[-*•#>]+[ \t]*|\d{1,3}[.)][ \t]*)?([\p{L}'’-]{2,},[ \t]*[\p{L}'’-]{2,})${AGE_SEX}`, 'gmu');
/** "pt bridget o. 96f", "rm 406 szymanski b. 62m", "Pt: Seun T. (Oluwaseun), 4yo M": a name and an initial, then an age and sex. */
const NAME_INITIAL_AGE = new RegExp(String.raw`(?:\b(?:pt|patient)[ \t]*(?::|is\b|=)?|\b(?:bed|rm|room)[ \t]*#?\d{1,4}[A-Z]?[ \t]*[-–:]?|^)[ \t]*([\p{L}][\p{L}'’-]+[ \t]\p{L}\.?)${AGE_SEX}`, 'gimu');

/** Adds NAME spans for chat senders, roster patients, labelled header names and listed patients with an age, whatever their case (the line's shape says it). */
export function rosterNames(text: string, lex: Lexicons, spans: Span[]): void {
  const scan = (re: RegExp, part: string, offset: number) => regexAll(re, part, (m) => {
    const words = m[1]!.split(/[,.\s]+/).filter((w) => w.length > 1); // a middle initial is no shorthand
    const strict = re === LAST_FIRST_AGE || re === NAME_INITIAL_AGE; // no label or chat line vouches for these
    if (words.some((w) => { const c = classify(lex, w); return (c.abbrev && !isNameWord(c)) || (c.medical && !c.rare) || (strict && (c.func || ROLES.has(c.lower) || PRE_TITLES.has(c.lower))); })) return;
    const start = offset + m.index + m[0].indexOf(m[1]!);
    addName(spans, start, start + m[1]!.length, 0.85);
  });
  for (const re of [CHAT_SENDER, ROSTER_PATIENT, LABELLED_NAME]) scan(re, text, 0);
  // The two patterns that need an age and sex run only on the lines that have one (they cost ~0.5 ms per 30k chars on the whole text).
  for (const [a, b] of linesWithAge(text)) {
    const line = text.slice(a, b);
    scan(LAST_FIRST_AGE, line, a);
    scan(NAME_INITIAL_AGE, line, a);
  }
}

const AGE_SEX_ANYWHERE = new RegExp(AGE_SEX_WORD, 'g');

/** [start, end) of each line that holds an age and sex, in order, each once. */
function linesWithAge(text: string): [number, number][] {
  const out: [number, number][] = [];
  let lastEnd = -1;
  regexAll(AGE_SEX_ANYWHERE, text, (m) => {
    if (m.index < lastEnd) return;
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    lastEnd = nl < 0 ? text.length : nl;
    out.push([start, lastEnd]);
  });
  return out;
}

/** A name (maybe with an initial) then a comma and an age with its unit or sex: "Faith, 8 y/o", "anna s, 45f", "Nguyen, T., 72M". */
const BEFORE_AGE = /(?<![\p{L}\p{N}'’.-])(\p{L}[\p{L}'’-]*\.?(?:,?\s+\p{L}[\p{L}'’-]*\.?){0,2})(?:,|[ \t]*\|)\s+\d{1,3}\s?(?:y\/?o|y\.o\.|yo|yr|years?[ -]old|-year-old|[MFmf])(?![\p{L}])/gu;

/**
 * Adds NAME spans for the words right before ", <age>" that are listed names or unknown words and
 * written like names (capitalised; a lower-case one only if a listed first name: "anna s, 45f").
 * Words before them that are not names ("Summary", "Patient") are dropped.
 */
export function namesBeforeAge(text: string, lex: Lexicons, spans: Span[]): void {
  regexAll(BEFORE_AGE, text, (m) => {
    const words = [...m[1]!.matchAll(/[\p{L}][\p{L}'’-]*\.?/gu)];
    const ok = (w: string, i: number) => {
      if (i > 0 && /^\p{L}\.?$/u.test(w)) return true; // an initial after the name
      const c = classify(lex, w.replace(/\.$/, ''));
      // "Will K., 44M": a given name that is also a function word, before an initial.
      const beforeInitial = i + 1 < words.length && /^\p{Lu}\.?$/u.test(words[i + 1]![0]);
      // "Siobhan McG., 58F": inner capitals make a short surname, not shorthand ("mcg").
      const camel = /\p{Ll}\p{Lu}/u.test(w);
      if ((c.func && !(beforeInitial && c.firstName && /^\p{Lu}\p{Ll}/u.test(w))) || (c.abbrev && !camel) || c.medical || isTitleOrRole(c.lower)) return false;
      if (camel && i > 0) return true;
      // "j. martinez, 33f": after a dotted initial a listed surname is a person's, in any case.
      const afterInitial = i > 0 && /^\p{L}\.$/u.test(words[i - 1]![0]);
      if (c.place && !c.common && !afterInitial) return false; // "Boston, 54M": a town, whatever the name lists say
      return /^\p{Lu}/u.test(w) ? isNameWord(c) || isUnknownWord(c) : (c.firstName || (afterInitial && c.lastName)) && !c.english;
    };
    let first = words.length;
    while (first > 0 && ok(words[first - 1]![0], first - 1)) first--;
    // One comma at most ("Nguyen, T."): "Palo Alto, Nguyen, T." is a list, not a name.
    while (first < words.length && (m[1]!.slice(words[first]!.index!).match(/,/g)?.length ?? 0) > 1) first++;
    // The run must start with a name, or a dotted initial before one ("A. Okonkwo-Baptiste, 47M").
    while (first < words.length && /^\p{L}\.?$/u.test(words[first]![0]) && !(/\.$/.test(words[first]![0]) && first + 1 < words.length)) first++;
    if (first === words.length) return;
    addName(spans, m.index + words[first]!.index!, m.index + m[1]!.length, 0.8);
  });
}

/** A nickname after a cue that says it is one: "(goes by Sun)", "known as 'Bud'", "aka Junior". */
const GOES_BY = /\b(?:goes\s+by|known\s+as|likes\s+to\s+be\s+called|prefers\s+to\s+be\s+called|prefers|a\.?k\.?a\.?|nicknamed?)[ \t]+["“'‘]?(\p{L}[\p{L}'’-]{1,15})["”'’]?/giu;
/** "MARRIED TO AL (ALBERT)": the spouse's name after "married to". */
const MARRIED_TO = /\bmarried[ \t]+to[ \t]+(\p{L}[\p{L}'’-]{1,15})/giu;
/** A quoted nickname that a relative's role in brackets follows: `ASKING FOR "SKIP" (SON, ...)`. */
const QUOTED_RELATIVE = /["“](\p{L}[\p{L}'’-]{1,15})["”][ \t]*\((?=(?:his|her|pt'?s)?[ \t]*(?:son|daughter|dtr|wife|husband|brother|sister|mother|father|mom|dad|friend|nephew|niece|grand\w+|\w+-in-law)\b)/giu;
/** Plural relatives and the list of names after them: "SONS WILL, BILL AND "BUD"", "DAUGHTERS PEG AND MAUREEN". */
const RELATIVE_LIST = /\b(?:sons|daughters|children|kids|grandchildren|grandsons|granddaughters|brothers|sisters|siblings|twins)\b[ \t]*:?[ \t]*((?:["“]?\p{L}[\p{L}'’-]*["”]?(?:[ \t]*\([^)\n]{1,40}\))?(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+)){1,5}["“]?\p{L}[\p{L}'’-]*["”]?)/giu;

/** Whether a word can be a given name or nickname here: not a function word, shorthand, medical word or role. */
function nicknameWord(lex: Lexicons, word: string, upper: boolean, listed = false): boolean {
  const c = classify(lex, word);
  // In a list after "SONS", a capitalised given name that is also a function word is the name ("SONS WILL, BILL AND BUD").
  if (c.func && !(listed && c.firstName && /^\p{Lu}/u.test(word))) return false;
  if (isTitleOrRole(c.lower) || (c.commonWord && !(listed && c.firstName))) return false;
  if ((c.medical || c.abbrev) && !c.firstName) return false;
  return upper || /^\p{Lu}/u.test(word) || c.firstName;
}

/** Adds NAME spans for nicknames after "goes by" or "married to", before a bracketed relative, and for the names listed after plural relatives. */
export function cuedNicknames(text: string, lex: Lexicons, upper: boolean, spans: Span[]): void {
  const push = (start: number, word: string) => addName(spans, start, start + word.length, 0.8);
  // Each pattern runs only when its anchor is in the note (they are rare; a 30k note costs ~1 ms otherwise).
  const lower = text.toLowerCase();
  const anchored: [RegExp, boolean][] = [
    [GOES_BY, /goes|known|called|prefers|aka|a\.k\.a|nickname/.test(lower)],
    [MARRIED_TO, lower.includes('married')],
    [QUOTED_RELATIVE, /["“]/.test(text)],
  ];
  for (const [re, present] of anchored) {
    if (present) regexAll(re, text, (m) => { if (nicknameWord(lex, m[1]!, true)) push(m.index + m[0].lastIndexOf(m[1]!), m[1]!); });
  }
  if (!/sons|daughters|children|kids|grand|brothers|sisters|siblings|twins/.test(lower)) return;
  regexAll(RELATIVE_LIST, text, (m) => {
    const listStart = m.index + m[0].length - m[1]!.length;
    const outside = m[1]!.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length)); // words inside brackets are details, not list items
    for (const w of outside.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      if (/^(?:and)$/i.test(w[0]) || !nicknameWord(lex, w[0], upper, true)) continue;
      push(listStart + w.index!, w[0]);
    }
  });
}

/** A note signed with a dash and a first name that ends its line ("-DEB", "~ Rosemary", "... STABLE. --YESSICA"). */
const DASH_SIGNATURE = /(?:^|[.;!][ \t]+)[ \t]*[-–~]{1,2}[ \t]?(\p{Lu}[\p{L}'’-]{1,15})[ \t]*$/gmu;
/** Initials after a dash at the very end of the text ("... through South Shore VNA. -AP"). */
const DASH_INITIALS = /(?:^|[ \t\n])[-–~]{1,2}[ \t]?(\p{Lu}{2,3})[ \t]*\s*$/u;

/** Adds NAME spans for dash signatures: a name-like word alone on its line, or initials that end the text. */
export function dashSignatures(text: string, lex: Lexicons, spans: Span[]): void {
  const push = (start: number, word: string) => addName(spans, start, start + word.length, 0.75);
  regexAll(DASH_SIGNATURE, text, (m) => {
    const c = classify(lex, m[1]!);
    if (c.func || c.abbrev || c.medical || c.commonWord || ROLES.has(c.lower) || POST_TITLES.has(c.lower) || (c.english && !c.firstName)) return;
    push(m.index + m[0].indexOf(m[1]!), m[1]!);
  });
  const end = DASH_INITIALS.exec(text);
  if (end && !POST_TITLES.has(end[1]!.toLowerCase())) push(end.index + end[0].indexOf(end[1]!, end[0].search(/[-–~]/)), end[1]!);
}

/**
 * "for rose t., 58f", "hassan m. (mrn 5520118)", "(patrick r.) 97 y/o": a given name and a dotted
 * initial, then an age or a record number, in any case.
 */
const GIVEN_INITIAL = /(?<![\p{L}\p{N}'’.-])(\(?)([\p{L}][\p{L}'’-]+[ \t]\p{L}\.)\)?(?=,?[ \t]*(?:\d{1,3}[ \t]?(?:y\/?o|yo|yrs?|[mf])?(?![\p{L}\d/.:-])|\([ \t]*mrn\b))/giu;

/** Adds NAME spans for a given name and an initial before an age or a record number; the name must be a listed given name unless it is in brackets. */
export function namesWithInitial(text: string, lex: Lexicons, spans: Span[]): void {
  regexAll(GIVEN_INITIAL, text, (m) => {
    const given = m[2]!.split(/[ \t]/)[0]!;
    const c = classify(lex, given);
    if (c.func || c.abbrev || (c.medical && !c.rare) || isTitleOrRole(c.lower)) return;
    if (!m[1] && !c.firstName) return;
    const start = m.index + m[1]!.length;
    addName(spans, start, start + m[2]!.length, 0.8);
  });
}

/** Dictation initials that end a line: author and typist ("AMT/jr", "R. Malhotra / gp", "DD:kl"). */
const DICTATION_INITIALS = /(?:^|[ \t])(?:(\p{Lu}{2,4})[ \t]?[/:][ \t]?(\p{Ll}{2,3})|[/][ \t](\p{Ll}{2,3}))[ \t]*$|^[ \t]*(\p{Ll}{2,4})\/(\p{Ll}{2,3})[ \t]*$/gmu;
/** A signature line in lower case: a name and a credential alone on the line ("muna hassan-mcbride md"). */
const LOWER_NAME_CREDENTIAL = /^[ \t]*(\p{Ll}[\p{Ll}'’-]+(?:[ \t]\p{Ll}[\p{Ll}'’-]+){1,2}),?[ \t]+(?:md|do|rn|np|pa|pa-c|lpn|lcsw|licsw|pharmd|rrt)[ \t]*$/gmu;

/** Adds NAME spans for the author's and typist's initials of a dictated letter, and lower-case signature lines. */
export function dictationInitials(text: string, lex: Lexicons, spans: Span[]): void {
  regexAll(LOWER_NAME_CREDENTIAL, text, (m) => {
    if (m[1]!.split(/[ \t]/).some((w) => { const c = classify(lex, w); return c.func || c.abbrev || c.medical || ROLES.has(c.lower) || (c.english && !c.firstName && !c.lastName); })) return;
    const start = m.index + m[0].indexOf(m[1]!);
    addName(spans, start, start + m[1]!.length, 0.8);
  });
  regexAll(DICTATION_INITIALS, text, (m) => {
    let from = 0; // each part is found after the one before it ("msc/ms": the typist's "ms" is not inside "msc")
    for (const part of [m[1], m[2], m[3], m[4], m[5]]) {
      if (part === undefined) continue;
      const at = m[0].indexOf(part, from);
      from = at + part.length;
      // (The shape is the evidence: "AMT" and "gp" are shorthand elsewhere, initials here.)
      if (!POST_TITLES.has(part.toLowerCase())) addName(spans, m.index + at, m.index + from, 0.75);
    }
  });
}

/**
 * Adds the NAME spans of every shape rule in this module (the name detector's second pass).
 * @example namesByShape('Bed 6 - Young, Frank 62M', lex, false, spans) // adds "Young, Frank"
 */
export function namesByShape(text: string, lex: Lexicons, upper: boolean, spans: Span[]): void {
  dottedInitials(text, lex, spans);
  lowerCaseSignatures(text, spans);
  rosterNames(text, lex, spans);
  namesBeforeRecord(text, lex, spans);
  namesBeforeAge(text, lex, spans);
  cuedNicknames(text, lex, upper, spans);
  dashSignatures(text, lex, spans);
  namesWithInitial(text, lex, spans);
  dictationInitials(text, lex, spans);
}

/**
 * Person-name detector (lexicon.name) and capitalised-unknown fail-safe (failsafe.capitalised).
 * Names are found by context (titles DR/MR/MS, credentials MD/RN, roles WIFE/SON/PCP, verbs
 * "seen by"/"spoke with"), by shape ("Anna S.", "J. Smith", "SMITH, JOHN", "Smith J.",
 * "First Last") and by lexicon; the phrase- and line-shaped rules (record headers, chat senders,
 * ", <age>") live in name-lines.ts. Invariant: a word on the safe-list (English, medical,
 * shorthand, eponym) is a name only when context says so: "Parkinson's disease" is not a name,
 * "Dr. Parkinson" is.
 */
import type { Lexicons } from '../lexicons/index';
import type { Detector, Span } from '../types';
import { isAllCaps, isCapitalised, isUpperText, type Token } from '../text';
import { DRUG_AFTER, EPONYM_USE, isTitleOrRole, NICKNAME_AFTER, NOT_NICKNAMES, POST_TITLES, PRE_TITLES, RELATIVES, ROLES, VERB_CUES, WEAK_VERB_CUES } from './name-cues';
import { STATE_NAMES } from './us-states';
import { WEEKDAY_ABBREVIATION } from './dates';
import { namesByShape } from './name-lines';
import { classify, isNameWord, isSafeWord, isUnknownWord, tokensOf, type WordClass } from './word-class';

type Mode = 'title' | 'role' | 'verb' | 'weak';

class Doc {
  readonly tokens: Token[];
  readonly upper: boolean;
  private readonly cache = new Map<string, WordClass>();
  constructor(readonly text: string, private readonly lex: Lexicons) {
    this.tokens = tokensOf(text);
    this.upper = isUpperText(text);
  }
  /** Word class; in mixed-case text a Capitalised word ("Doe", "Peg") is not read as shorthand. */
  cls(i: number): WordClass {
    const w = this.tokens[i]!.text;
    let c = this.cache.get(w);
    if (!c) {
      c = classify(this.lex, w);
      if (c.abbrev && !this.upper && isCapitalised(w) && !isAllCaps(w) && isNameWord(c)) c = { ...c, abbrev: false };
      this.cache.set(w, c);
    }
    return c;
  }
  /** On the shorthand list whatever its case ("Na" is also a given name). */
  isShorthand(i: number): boolean {
    return this.lex.has('clinicalAbbrev', this.tokens[i]!.text);
  }
  gap(i: number): string {
    return this.text.slice(this.tokens[i]!.end, this.tokens[i + 1]?.start ?? this.text.length);
  }
  isInitial(i: number): boolean {
    const t = this.tokens[i];
    // "S" of "Anna S." or the possessive "M's" of "Paul M's case".
    return !!t && (t.text.length === 1 || /^.['’][sS]$/u.test(t.text)) && /^\p{Lu}/u.test(t.text);
  }
  /** Upper case in an upper-case document, capitalised in a mixed-case one. */
  looksProper(i: number): boolean {
    const w = this.tokens[i]!.text;
    return this.upper ? isAllCaps(w) || isCapitalised(w) : isCapitalised(w);
  }
  sentenceInitial(i: number): boolean {
    if (i === 0) return true;
    return /[.!?:;\n•*#>)\]-]\s*$|^\s*\d+[.)]\s*$/.test(this.text.slice(this.tokens[i - 1]!.end, this.tokens[i]!.start)) || /^\d+$/.test(this.tokens[i - 1]!.text);
  }
}

/** Function words that are never a surname after a title ("Dr. the attending"). */
const TITLE_STOPS = new Set(['the', 'and', 'for', 'all', 'you', 'can', 'who', 'any', 'are', 'was', 'has', 'had', 'her', 'his', 'our', 'its', 'not', 'now', 'out', 'off', 'per', 'via', 'yes', 'today', 'tonight', 'tomorrow', 'yesterday', 'also', 'again', 'here', 'there', 'this', 'that', 'with', 'from', 'into', 'upon', 'once', 'only', 'over', 'some', 'than', 'then', 'they', 'when', 'what', 'which', 'will', 'would', 'should', 'could', 'must', 'might', 'been', 'were', 'have', 'does', 'did']);
/** What follows a relative's name (maybe after the surname), not a family-history finding: "(HCP)", "CALLED", "TEL 774…". */
const CONTACT_AFTER = /^(?:\s+[A-Z][A-Z'’-]+)?\s*(?:\((?:HCP|POA|NOK|HCA|PROXY|GUARDIAN)\)|,?\s*(?:CALLED|VISITED|AT BEDSIDE|IS HCP|IS POA|TEL|PHONE|CELL|PH)\b)/;
/** Whether tokens from j spell a state's name (one or two words). */
function stateAt(d: Doc, j: number): boolean {
  const one = d.tokens[j]?.text.toLowerCase();
  const two = d.tokens[j + 1] && d.gap(j) === ' ' ? `${one} ${d.tokens[j + 1]!.text.toLowerCase()}` : '';
  return STATE_NAMES.has(one ?? '') || STATE_NAMES.has(two);
}
const JOIN_GAP = /^(?:[ \t]{1,3}|\.[ \t]{1,2}|-|[ \t]*['’][ \t]*)$/;

function qualifies(d: Doc, j: number, mode: Mode, first: boolean): boolean {
  const t = d.tokens[j];
  if (!t || /\d/.test(t.text)) return false;
  // An initial starts a name after a title, or after a role when it has its period ("RN: K. OBRIEN").
  if (d.isInitial(j)) return !first || mode === 'title' || (mode === 'role' && d.text[t.end] === '.');
  const c = d.cls(j);
  // "severe by Berlin definition": a cue word before an eponym (not "Mom Kayla's cell").
  if (first && mode !== 'title' && !(c.firstName && c.common) && EPONYM_USE.test(d.text.slice(t.end, t.end + 40))) return false;
  // "DTR MAY (HCP)": a listed first name after a relative, with a contact detail after it.
  if (mode === 'role' && first && c.firstName && CONTACT_AFTER.test(d.text.slice(t.end, t.end + 24))) return true;
  // "PER DR. MAY": right after a title, a listed surname of three letters or more even if it is
  // also a function word ("DR ON CALL", "DR TO SEE" stay shorthand).
  if (mode === 'title' && first && c.func && isNameWord(c) && t.text.length >= 3 && !TITLE_STOPS.has(c.lower)) return true;
  // 'FRIEND "JJ" WHO FOUND PT': a quoted word right after a relative is what they are called.
  if (mode === 'role' && first && j > 0 && RELATIVES.has(d.cls(j - 1).lower) && /["“']$/.test(d.gap(j - 1)) && /^["”']/.test(d.text.slice(t.end, t.end + 1))) return true;
  // "uncle with Parkinson's", "mother - Huntington's": an eponym's possessive after a relative is a family history.
  if (first && mode !== 'title' && c.eponym && (/['’]s$/i.test(t.text) || /^['’]s\b/.test(d.text.slice(t.end, t.end + 3)))) return false;
  // "Son Will visits evenings", "SON WILL IN TO VISIT": a capitalised given name after a relative,
  // with a visit, a call or another relative after it (never a bare verb: "SON WILL CALL"), even
  // when it is also a function word.
  if (mode === 'role' && first && c.func && c.firstName && isCapitalised(t.text) && j > 0 && RELATIVES.has(d.cls(j - 1).lower)
    && (NICKNAME_AFTER.test(d.text.slice(t.end, t.end + 24)) || surnameNext(d, j))) return true;
  // "Will Grant, RN": walking back from a credential, a capitalised given name that is also a function word.
  if (mode === 'role' && !first && c.func && c.firstName && isCapitalised(t.text) && !isAllCaps(t.text)) return true;
  if (c.func || (c.abbrev && !isNameWord(c)) || c.facility || isTitleOrRole(c.lower)) return false;
  // "called Zemplar 2 mcg": a word before a dose or a route is a drug.
  if (first && mode !== 'title' && DRUG_AFTER.test(d.text.slice(t.end, t.end + 24))) return false;
  // "HUSBAND SKIP VISITED", "brother Chip called": after a relative, the word before a visit or a
  // call is a nickname even when it is also an English word.
  if (mode === 'role' && first && j > 0 && RELATIVES.has(d.cls(j - 1).lower) && d.looksProper(j) && !c.medical && t.text.length > 1
    && !/(?:ed|ing|ly)$/i.test(t.text) && !NOT_NICKNAMES.has(c.lower) && NICKNAME_AFTER.test(d.text.slice(t.end, t.end + 24))) return true;
  // "his sister aoife said": in lower case right after a relative, a word no list knows is their name.
  if (mode === 'role' && first && j > 0 && RELATIVES.has(d.cls(j - 1).lower) && isUnknownWord(c) && /^\p{Ll}/u.test(t.text) && t.text.length >= 3) return true;
  // Lower case: a name only if listed, and if also a word only after a title ("per dr. church").
  if (!d.upper && !isCapitalised(t.text) && !(isNameWord(c) && (!c.english || mode === 'title' || (mode === 'role' && c.common)) && mode !== 'weak')) return false;
  if (mode === 'title') return isNameWord(c) || c.eponym || (!c.english && !c.medical);
  // "FATHER MI @ 52": in upper-case notes a short shorthand word after a role is the shorthand,
  // unless it is a listed first name that a contact detail follows ("DAUGHTER ANA (HCP) TEL …").
  if (mode === 'role' && d.upper && c.abbrev && t.text.length <= 3 && !(c.firstName && CONTACT_AFTER.test(d.text.slice(t.end, t.end + 24)))) return false;
  // After an initial, a word on the long list of rarer names ("RN: K. OBRIEN").
  if (mode === 'role' && !first && c.rare && d.isInitial(j - 1) && d.looksProper(j) && !isSafeWord(c)) return true;
  // "-ed", "-ing", "-ly" words after a role are verbs and adverbs ("MOTHER RECENTLY"), unless a
  // frequent first name ("MOTHER (HOLLY KING)").
  if (mode === 'role') return (isNameWord(c) && !c.commonWord && (!/(?:ed|ing|ly)$/i.test(t.text) || (c.firstName && c.common)) && (!c.english || c.common || d.upper || isCapitalised(t.text))) || (isUnknownWord(c) && d.looksProper(j) && t.text.length > 2);
  if (mode === 'verb') return (isNameWord(c) && !c.english && !c.medical) || (isUnknownWord(c) && d.looksProper(j) && t.text.length > 2);
  return isNameWord(c) && !isSafeWord(c) && d.looksProper(j);
}

/** Extends a name run from token `from`; returns the end token index (exclusive). */
function run(d: Doc, from: number, mode: Mode, max = 3): number {
  let j = from;
  while (j < d.tokens.length && j - from < max && qualifies(d, j, mode, j === from)) {
    if (j > from && !d.upper && !d.isInitial(j) && isAllCaps(d.tokens[j]!.text) && d.tokens[j]!.text.length <= 4) break;
    const g = d.gap(j);
    if (!JOIN_GAP.test(g) || g.includes('\n') || (g.startsWith('.') && !d.isInitial(j))) { j++; break; }
    j++;
  }
  return j;
}

function endWithDot(d: Doc, last: number): number {
  const t = d.tokens[last]!;
  return d.isInitial(last) && d.text[t.end] === '.' ? t.end + 1 : t.end;
}

/**
 * Creates the name detector over the given lexicons.
 * @example createNameDetector(lex).detect('SEEN BY DR SMITH, wife Mary at bedside', ctx)
 */
export function createNameDetector(lex: Lexicons): Detector {
  return {
    id: 'lexicon.name',
    entities: ['NAME'],
    detect(text) {
      const d = new Doc(text, lex);
      const spans: Span[] = [];
      const add = (a: number, b: number, score: number, end?: number, detector = 'lexicon.name') =>
        spans.push({ start: d.tokens[a]!.start, end: end ?? endWithDot(d, b - 1), entity: 'NAME', score, detector });
      const n = d.tokens.length;
      for (let i = 0; i < n; i++) {
        const t = d.tokens[i]!;
        const c = d.cls(i);
        const lower = c.lower;
        // "Dr. Smith", "DR SMITH", and in lower-case writing "dr. kapoor" (the period marks the title).
        // A title is followed by the name after a space or a period, never a comma ("MOD MR, LA 4.6").
        // "FR. WOJCIK": a priest's title, with its period and no size before it ("14 FR FOLEY").
        const priest = lower === 'fr' && d.text[t.end] === '.' && !(i > 0 && /\d/.test(d.tokens[i - 1]!.text));
        if ((PRE_TITLES.has(lower) || priest) && (d.upper || isCapitalised(t.text) || d.text[t.end] === '.') && /^\.?[ \t]{0,2}$/.test(d.gap(i))) {
          const e = run(d, i + 1, 'title');
          if (e > i + 1 && !(e === i + 2 && d.isInitial(i + 1) && (d.upper || d.text[d.tokens[i + 1]!.end] !== '.'))) add(i, e, 0.92);
          continue;
        }
        if (POST_TITLES.has(lower) && isAllCaps(t.text) && i > 0 && /^\s?,?\s{1,2}$/.test(d.gap(i - 1))) {
          let s = i;
          while (s > 0 && i - s < 3 && /^(?:,?\s{1,2}|\.\s?)$/.test(d.gap(s - 1)) && qualifies(d, s - 1, 'role', false)) s--;
          if (s < i) add(s, i, 0.85);
        }
        const weakRole = lower === 'pt' || lower === 'patient' || lower === 'pts';
        const cue = weakRole ? 'weak' : ROLES.has(lower) ? 'role' : VERB_CUES.has(lower) ? (WEAK_VERB_CUES.has(lower) ? 'weak' : 'verb') : null;
        // A contact verb ends with its sentence ("Called. Zemplar 2 mcg"), a role's colon does not.
        if (cue && !d.gap(i).includes('\n') && !(cue === 'verb' && /[.!?]/.test(d.gap(i)))) {
          let j = i + 1;
          // "HCP IS SON JOHN": the words between, and a role after them, lead to the name.
          while (j < n && (/^(?:is|named|was|name|by|with|to|s)$/i.test(d.tokens[j]!.text) || (j > i + 1 && ROLES.has(d.cls(j).lower))) && j - i < 3) j++;
          if (j < n && !PRE_TITLES.has(d.cls(j).lower) && !(cue === 'weak' && stateAt(d, j))) {
            const e = run(d, j, cue as Mode);
            if (e > j) add(j, e, cue === 'weak' ? 0.75 : 0.85);
          }
        }
        shapes(d, i, add);
      }
      namesByShape(text, lex, d.upper, spans);
      return spans;
    },
  };
}

type Add = (a: number, b: number, score: number, end?: number, detector?: string) => void;

/** Whether token j+1, one space on, is a listed surname in j's case and no word ("SON WILL HARRINGTON"). */
function surnameNext(d: Doc, j: number): boolean {
  const next = d.tokens[j + 1];
  if (!next || d.gap(j) !== ' ' || (d.tokens[j]!.text === d.tokens[j]!.text.toUpperCase()) !== (next.text === next.text.toUpperCase())) return false;
  const c = d.cls(j + 1);
  return c.lastName && !c.english && !c.func && !c.medical && !c.abbrev;
}

const PLACE_PREPOSITIONS = new Set(['from', 'in', 'to', 'at', 'near', 'of']);
/** Whether token k follows a place preposition. */
function afterPreposition(d: Doc, k: number): boolean {
  return k > 0 && PLACE_PREPOSITIONS.has(d.cls(k - 1).lower);
}
/** Whether token i starts, or is the second word of, a state's name after a place preposition ("FROM NEW HAMPSHIRE"). */
function stateAfterPreposition(d: Doc, i: number): boolean {
  if (afterPreposition(d, i)) return stateAt(d, i);
  return afterPreposition(d, i - 1) && d.gap(i - 1) === ' ' && STATE_NAMES.has(`${d.cls(i - 1).lower} ${d.cls(i).lower}`);
}

/** Weekday abbreviations in a schedule ("on Mon/Thu", "Tue, Thu"): a weekday next to another is no name. */
function weekdayList(d: Doc, i: number): boolean {
  if (!WEEKDAY_ABBREVIATION.test(d.tokens[i]!.text)) return false;
  const near = (k: number, g: string) => !!d.tokens[k] && WEEKDAY_ABBREVIATION.test(d.tokens[k]!.text) && /^\s*[/,&-]\s*$/.test(g);
  return near(i + 1, d.gap(i)) || (i > 0 && near(i - 1, d.gap(i - 1)));
}

function shapes(d: Doc, i: number, add: Add): void {
  if (stateAfterPreposition(d, i) || weekdayList(d, i)) return;
  const t = d.tokens[i]!;
  const c = d.cls(i);
  const next = d.tokens[i + 1];
  const gap = d.gap(i);
  const proper = d.looksProper(i);
  // Digits, or the letters of a letters-and-digits marker ("Ki-67", "IL-6"): not a name.
  if (/\d/.test(t.text) || /^-\d/.test(d.text.slice(t.end, t.end + 2)) || c.func || (c.abbrev && !isNameWord(c) && !d.isInitial(i)) || ROLES.has(c.lower) || PRE_TITLES.has(c.lower) || POST_TITLES.has(c.lower)) return;
  if (EPONYM_USE.test(d.text.slice(t.end, t.end + 40)) && !(i > 0 && PRE_TITLES.has(d.cls(i - 1).lower))) return;
  // "MELD-Na 28", "a Na of 118", "Li level": shorthand in a term or before its value is no name.
  if (i > 0 && d.gap(i - 1) === '-' && d.isShorthand(i - 1)) return;
  if (d.isShorthand(i) && /^\s*(?:of\s+|:\s*|=\s*)?[<>]?\d/.test(d.text.slice(t.end, t.end + 12))) return;
  if (/^(?:yo|y|yrs?)$/i.test(t.text) && /\d\s?$/.test(d.text.slice(Math.max(0, t.start - 2), t.start))) return; // "89 YO F": an age
  if (proper && c.firstName && !c.medical && next && gap === ' ' && d.isInitial(i + 1) && /^\.[ \t]{1,2}$/.test(d.gap(i + 1)) && d.tokens[i + 2] && d.looksProper(i + 2)) {
    const lc = d.cls(i + 2);
    if (isNameWord(lc) || isUnknownWord(lc)) { add(i, i + 3, 0.85); return; }
  }
  // "Anne-Marie B.": a hyphenated given name counts when both halves are proper given names.
  const hyphenated = /-$/.test(d.text.slice(Math.max(0, t.start - 1), t.start));
  const firstHalf = hyphenated && i > 0 && d.tokens[i - 1]!.end === t.start - 1 && d.looksProper(i - 1) && d.cls(i - 1).firstName && !d.cls(i - 1).medical ? i - 1 : -1;
  if (next && d.isInitial(i + 1) && /^ $/.test(gap) && proper && (c.firstName || c.lastName) && !c.medical && !c.eponym && (!hyphenated || firstHalf >= 0)) {
    const after = d.text.slice(next.end, next.end + 2);
    if (/^(?:\.|,|;|\)|$|\s*$|\s[a-z])/.test(after)) { add(hyphenated ? firstHalf : i, i + 2, 0.85); return; }
  }
  // "7.2 L. Swan-Ganz": a letter right after a number is its unit, not an initial.
  const unit = i > 0 && /\d$/.test(d.tokens[i - 1]!.text) && /^ ?$/.test(d.gap(i - 1));
  if (d.isInitial(i) && !unit && d.text[t.end] === '.' && next && /^\.\s{1,2}$/.test(gap) && d.looksProper(i + 1)) {
    const nc = d.cls(i + 1);
    if ((isNameWord(nc) && !nc.medical && !nc.abbrev) || isUnknownWord(nc)) { add(i, i + 2, 0.8); return; }
  }
  if (t.text.length < 2) return;
  if (next && /^,\s{0,2}$/.test(gap) && proper && d.looksProper(i + 1) && c.lastName && !c.medical && !c.eponym) {
    const nc = d.cls(i + 1);
    if (nc.eponym || /^['’]s\b/.test(d.text.slice(next.end, next.end + 3))) return;
    const caps = isAllCaps(t.text) && isAllCaps(d.tokens[i + 1]!.text);
    // "FROM MAINE, SON WILL CALL": a relative's word after the comma is no given name.
    if ((nc.firstName || d.isInitial(i + 1)) && (caps || !(c.english && nc.english)) && !nc.abbrev && !nc.func && !ROLES.has(nc.lower)) { add(i, i + 2, 0.8); return; }
  }
  if (!proper) {
    if (!d.upper && c.firstName && !isSafeWord(c) && t.text.length >= 4 && next && /^ $/.test(gap)) {
      const nc = d.cls(i + 1);
      if (isNameWord(nc) && !isSafeWord(nc)) add(i, i + 2, 0.6);
    }
    return;
  }
  if (c.firstName && !c.medical && !c.eponym && !c.commonWord && next && gap === ' ' && d.looksProper(i + 1)) {
    const e = run(d, i + 1, 'verb', 3);
    const nc = d.cls(i + 1);
    if (e > i + 1 && (!isSafeWord(c) || (nc.lastName && !isSafeWord(nc)))) { add(i, e, 0.85); return; }
    if (!isSafeWord(c) && nc.rare && !isSafeWord(nc) && !nc.place) { add(i, i + 2, 0.7); return; }
    const bothProper = !d.upper && isCapitalised(t.text) && !isAllCaps(next.text) && !isAllCaps(t.text);
    // An eponym's name is a surname here unless a term follows it ("Marcus Bell's insulin", not "Bell's palsy").
    const eponymUse = nc.eponym && EPONYM_USE.test(d.text.slice(next.end, next.end + 40));
    if (bothProper && nc.lastName && (c.common || nc.common) && !nc.medical && !nc.abbrev && !eponymUse && !nc.func && !nc.facility && !nc.commonWord) { add(i, i + 2, 0.75); return; }
  }
  // "FROM MAINE", "IN GEORGIA": in upper case a place's name after a place preposition is the place.
  const placeAfterPreposition = d.upper && c.place && afterPreposition(d, i);
  const upperOk = (c.common || (c.firstName && c.lastName && t.text.length >= 5)) && !placeAfterPreposition;
  if (isNameWord(c) && !isSafeWord(c) && !c.eponym && (d.upper ? upperOk && t.text.length >= 3 : !d.sentenceInitial(i) || !c.english)) {
    add(i, i + 1, d.upper ? 0.6 : 0.7);
    return;
  }
  if (!d.upper && c.common && c.lastName && !isAllCaps(t.text) && !d.sentenceInitial(i) && !c.medical && !c.abbrev && !c.eponym && !c.func && !c.facility && !c.commonWord && !c.place) {
    add(i, i + 1, 0.55);
    return;
  }
  // "served in Vietnam": a country after a place preposition is no identifier (in an address it stays masked).
  if (c.country && afterPreposition(d, i)) return;
  // ("Zemplar 2 mcg daily", "Nimbex gtt": an unknown word before a dose or a route is a drug.)
  if (!d.upper && isUnknownWord(c) && !isAllCaps(t.text) && t.text.length >= 3 && !d.sentenceInitial(i) && !/['’]s$/i.test(t.text) && !DRUG_AFTER.test(d.text.slice(t.end, t.end + 24))) {
    add(i, i + 1, 0.5, undefined, 'failsafe.capitalised');
  }
}

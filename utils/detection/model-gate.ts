/**
 * Safe-list gate for the NER model's fail-safe spans. In a model span that no rule or lexicon
 * detector supports, words that are ordinary or medical vocabulary (and on no name or place
 * list), curated shorthand, medical terms and eponyms (unless after a title) are cut out; a bare
 * age <= 89 or a number labelled as a name or place is dropped.
 * The gate ignores the model's score: it saturates near 1.0 on ordinary words it has not seen.
 * Invariant: words another detector also claims are never dropped by the gate; a word on a name
 * or place list is dropped only for a reason named here (lower case and medical/shorthand, lower
 * case and English with no name cue around it, a drug that is also a town, a dose or route after
 * it).
 */
import { couldBeMonthDay, partialIsFraction } from './detectors/dates';
import { DRUG_AFTER, EPONYM_USE, POST_TITLES, PRE_TITLES, ROLES, VERB_CUES, WEAK_VERB_CUES } from './detectors/name-cues';
import { STATE_NAMES } from './detectors/us-states';
import { classify } from './detectors/word-class';
import type { Lexicons } from './lexicons/index';
import { isUpperText, wordTokens } from './text';
import type { Span } from './types';

function sentenceInitial(text: string, start: number): boolean {
  return /(?:^|[.!?:;\n•*#>(\]-])\s*$|^\s*$/.test(text.slice(Math.max(0, start - 6), start));
}

function vetoWord(text: string, start: number, end: number, lex: Lexicons, entity: Span['entity']): boolean {
  const w = text.slice(start, end);
  const nameOrPlace = entity === 'NAME' || entity === 'LOCATION' || entity === 'ORGANIZATION';
  // The number of a letters-and-digits marker ("Ki-67", "IL-6") is no date (unless the letters
  // are a month: "APR-12"); IDs ("HK-445") keep theirs.
  const marker = /(\p{L}+)-$/u.exec(text.slice(Math.max(0, start - 12), start));
  if ((entity === 'DATE' || nameOrPlace) && /^\d{1,3}$/.test(w) && marker && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(marker[1]!)) return true;
  // "71F", "54M": an age of 89 or less with the sex, whatever the label.
  if (/^\d{1,3}[MF]$/.test(w)) return ageAtMost89(w);
  // "K2", "T3", "L4": a letter and a digit are no date.
  if (entity === 'DATE' && /^\p{L}{1,2}\d{1,2}$/u.test(w)) return true;
  // Letters and digits: a clinical abbreviation ("FEV1", "T2DM", "HER2") or a name-like word is
  // not an identifier; an address word needs two letters for that ("Apt 3B" stays).
  if (/\d/.test(w)) {
    return /[\p{L}]/u.test(w) && (lex.has('clinicalAbbrev', w) || nameOrPlace || (entity === 'ADDRESS' && (w.match(/\p{L}/gu)?.length ?? 0) >= 2));
  }
  // "LIMA-LAD", "SVG-OM": a hyphenated word whose every part is shorthand or a medical word is no name or place.
  if (nameOrPlace && w.includes('-') && w.split('-').every((p) => { const pc = classify(lex, p); return p !== '' && (pc.abbrev || pc.medical); })) return true;
  // The letters of such a marker are no name either.
  if (nameOrPlace && /^-\d/.test(text.slice(end, end + 2))) return true;
  const c = classify(lex, w);
  const titled = /\b(?:dr|drs|doctor|mr|mrs|ms|miss|prof)\.?\s+$/i.test(text.slice(Math.max(0, start - 10), start));
  if (titled) return false; // "Dr. Do": a surname, even one spelt like a credential
  // A title or credential alone ("LICSW", "MD") is neither a name nor a place.
  if (PRE_TITLES.has(c.lower) || POST_TITLES.has(c.lower)) return true;
  // A word before a small number ("Section 12", "Room 5") is a numbered thing, not a name or place.
  if (nameOrPlace && (c.english || c.medical) && !c.firstName && !c.lastName && /^\s+\d{1,3}(?![\d/:.])/.test(text.slice(end, end + 6))) return true;
  // Before a noun that makes it an eponym or a product ("Blake drains", "Fleischner criteria").
  if ((nameOrPlace || entity === 'DATE') && EPONYM_USE.test(text.slice(end, end + 40))) return true;
  // A short upper-case word on no name list, in a note that is not all upper case (or of up to
  // four letters in one that is): shorthand ("HRCT", "HELLP", "IMN"), not a name.
  if (entity === 'NAME' && /^\p{Lu}{2,5}$/u.test(w) && !c.firstName && !c.lastName && (w.length <= 4 || !isUpperText(text))) return true;
  if (c.func || c.eponym || c.commonWord || (c.country && !c.place)) return true;
  if ((c.abbrev || c.medical) && (w === w.toUpperCase() || w === w.toLowerCase())) return true;
  const vocabulary = c.english || c.medical || c.abbrev || c.facility;
  const nameListed = c.firstName || c.lastName || c.place;
  // Lower-case words that are names far less often than words ("rolling walker", "a grant from"):
  // the model alone does not make them names.
  if (w === w.toLowerCase() && WORDS_BEFORE_NAMES.has(w)) return true;
  // Lower case in text that is not all lower case: a name only if a name list says so.
  if (w === w.toLowerCase() && w !== w.toUpperCase()) {
    if (!isLowerText(text)) {
      // "there is hope", "Pt is a hunter": an English word that is also a name, in lower case in a
      // note that is not, is the word unless a role, title or contact verb names it ("son hunter").
      if (c.english && nameListed && !afterNameCue(text, start) && !beforeNamePart(text, end, lex)) return true;
      return !(nameListed && (c.common || !vocabulary));
    }
    if (vocabulary && !c.common) return true;
  }
  // Capitalised only because it starts a sentence ("Best", "Current"), or upper case like the
  // whole note ("IN PLACE"): an English word is then a name only if it is a frequent name.
  if (vocabulary && c.english && !c.common && (sentenceInitial(text, start) || w === w.toUpperCase())) return true;
  // "Norco", "Motrin": a drug or device name that is also a town, not after a place word.
  if (c.medical && c.place && !c.firstName && !c.lastName && !c.rare && !AFTER_PLACE_WORD.test(text.slice(Math.max(0, start - 6), start))) return true;
  // Before a dose or a route ("Veletri 20 ng/kg/min", "Injectafer 750 mg", "Nimbex gtt"): a drug.
  if (nameOrPlace && DRUG_AFTER.test(text.slice(end, end + 24))) return true;
  if (nameListed) return false;
  return vocabulary;
}

/** Whether the word before `start` is a role, a title or a contact verb ("dtr rose", "called grace", "w/ hope"), or an opening quote. */
function afterNameCue(text: string, start: number): boolean {
  if (/["“'‘]$/.test(text.slice(Math.max(0, start - 1), start))) return true; // 'buddy' in quotes
  const prev = /([\p{L}]+)\.?\s*(?:\/\s*)?$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  if (prev === undefined) return false;
  if (prev === 'w' && /w\s*\/\s*$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  return ROLES.has(prev) || PRE_TITLES.has(prev) || (VERB_CUES.has(prev) && !WEAK_VERB_CUES.has(prev));
}

const NAME_PARTICLES = /(?:^|\P{L})(?:van|von|de|der|den|da|di|del|du|la|le|ten|ter|bin|al|el)$/u;

/** Whether what follows `end` continues a name: a listed name that is no English word, or an age and sex ("faith morrow 34f", "hope adebayo"). */
function beforeNamePart(text: string, end: number, lex: Lexicons): boolean {
  const after = text.slice(end, end + 32);
  if (/^\s+[\p{L}'’-]+,?\s+\d{1,3}\s?(?:y\/?o\s?)?[mf]\b/iu.test(after)) return true;
  const next = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1];
  if (next === undefined) return false;
  // "Dyan van Gijn": a surname particle before a capitalised word.
  if (NAME_PARTICLES.test(text.slice(Math.max(0, end - 4), end)) && /^\p{Lu}/u.test(next)) return true;
  const c = classify(lex, next);
  return (c.firstName || c.lastName || c.place) && !c.english && !c.func && !c.medical && !c.abbrev;
}

function isLowerText(text: string): boolean {
  return !/[A-Z]{2}|(?:^|[.!?]\s+)[A-Z]/.test(text.slice(0, 2000));
}

function numberNotPhi(text: string, span: Span, value: string, lex: Lexicons): boolean {
  const v = value.trim();
  // "DAPT x21d", "ABX X2": a count or duration in x-notation.
  if (/^x\d{1,3}[dhwmy]?$/i.test(v)) return true;
  // "G2P1", "G3P2012": gravida/para notation.
  if (/^G\d{1,2}P\d{1,4}$/i.test(v)) return true;
  // "CR 1.8 (BASELINE 1.1)": a decimal read as a day.month date without a year.
  if (span.entity === 'DATE' && /^\d{1,2}\.\d{1,2}$/.test(v)) return true;
  const range = /^(\d{4})\s?[-–]\s?(\d{4})$/.exec(v);
  if (range) return span.entity !== 'DATE' && isClock(range[1]!) && isClock(range[2]!);
  if (!/^\d+$/.test(v)) return false;
  // "coded as 99214", "CPT 99215": a billing code, not a record number (a ZIP code is not it).
  if (/^\d{5}$/.test(v) && /\b(?:coded|billed)(?:\s+as)?\s*:?\s*$|\b(?:cpt|e\/m)\s*(?:code)?\s*:?\s*$/i.test(text.slice(Math.max(0, span.start - 16), span.start))) return true;
  const n = Number(v);
  if (span.entity === 'AGE') return n <= 89;
  if (v.length <= 3) return true;
  if (v.length === 4 && n >= 1900 && n <= 2099) return span.entity === 'DATE';
  // "0700-1900", "SHIFT 1900 - 0700": a range of 24-hour times (nursing shifts), whatever the label.
  if (isClock(v) && span.entity !== 'DATE' && inClockRange(text, span)) return true;
  // "EVENTS: 2315 PT FOUND OOB": a lone 24-hour time is no address when shorthand, a function word
  // or punctuation follows it (a street word after it keeps it: "2315 Oak St", "Setembro 1257 St").
  if (isClock(v) && span.entity === 'ADDRESS') {
    const next = /^\s*([\p{L}]+)/u.exec(text.slice(span.end, span.end + 24))?.[1];
    if (next === undefined) return true;
    if (/^(?:st|street|ave|avenue|rd|road|blvd|ln|lane|dr|drive|ct|court|way|pl|place|ter|pkwy|hwy|apt|suite|ste|unit)$/i.test(next)) return false;
    const c = classify(lex, next);
    return c.abbrev || c.func;
  }
  // "@ 0300", "AT 2200", "0300 HRS": a 24-hour time read as a phone number.
  if (isClock(v) && (span.entity === 'PHONE' || span.entity === 'FAX')) {
    return /(?:@|\bat)\s*$/i.test(text.slice(Math.max(0, span.start - 4), span.start)) || /^\s*(?:h|hrs?|hours)\b/i.test(text.slice(span.end, span.end + 7));
  }
  return span.entity === 'NAME' || span.entity === 'LOCATION' || span.entity === 'ORGANIZATION';
}

/** Whether a model-only span's whole value is something the rules leave alone by policy. */
function valueNotPhi(text: string, span: Span, lex: Lexicons): boolean {
  const value = text.slice(span.start, span.end);
  // A web or network identifier without its characters ("failed Entyvio" read as a URL).
  if (span.entity === 'URL' && !/[./:]/.test(value)) return true;
  if (span.entity === 'EMAIL' && !value.includes('@')) return true;
  if (span.entity === 'IP' && !/[.:]/.test(value)) return true;
  if (numberNotPhi(text, span, value, lex)) return true;
  if (stateAlone(text, span, value, lex)) return true;
  // An ICD-10 code ("I50.33", "F10.20") or a bare year is no identifier or date.
  if (/^[A-TV-Z]\d{2}$/.test(value) && /^(?:\.[0-9A-Z]{1,4})?(?![\w.])/.test(text.slice(span.end, span.end + 6))) return true;
  if (/^[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}$/.test(value)) return true;
  if (span.entity === 'DATE' && /^(?:19|20)\d{2}$/.test(value)) return true;
  if (span.entity === 'AGE') return ageAtMost89(value);
  if (span.entity === 'DATE') return fractionAround(text, span.start, span.end) || notMonthDay(value) || notMonthDay(slashNumber(text, span));
  return false;
}

/** A place preposition right before a word ("in Norco", "FROM OHIO"). */
const AFTER_PLACE_WORD = /\b(?:from|in|to|at|near|of)\s+$/i;

const WORDS_BEFORE_NAMES = new Set(['walker', 'grant', 'bill', 'summer', 'will', 'may', 'mark', 'frank']);

/**
 * "FROM OHIO", "exposure in New Hampshire", "deployed to Lebanon": a state or a country on its own
 * is not PHI (Safe Harbor). Read as a person only after a place preposition ("Virginia called"
 * stays a name); with a town before it or a ZIP after it, it is part of an address.
 */
function stateAlone(text: string, span: Span, value: string, lex: Lexicons): boolean {
  const v = value.toLowerCase().replace(/\s+/g, ' ');
  if (!STATE_NAMES.has(v) && !lex.has('country', v)) return false;
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  if (span.entity === 'NAME' && !AFTER_PLACE_WORD.test(before)) return false;
  if (span.entity !== 'NAME' && span.entity !== 'LOCATION' && span.entity !== 'ADDRESS') return false;
  return !/,\s*$/.test(before) && !/^,?\s*\d{5}\b/.test(text.slice(span.end, span.end + 8));
}

/** A run left after the veto that is a state or country alone, also when "NEW" of "FROM NEW HAMPSHIRE" was cut as an English word. */
function stateRun(text: string, run: Span, lex: Lexicons): boolean {
  if (stateAlone(text, run, text.slice(run.start, run.end), lex)) return true;
  const lead = /(\p{L}+)\s$/u.exec(text.slice(Math.max(0, run.start - 7), run.start));
  if (!lead) return false;
  const start = run.start - lead[0].length;
  return stateAlone(text, { ...run, start }, text.slice(start, run.end), lex);
}

/** "71M", "71 yo", "71-year-old": an age of 89 or less is not PHI (HIPAA). */
function ageAtMost89(value: string): boolean {
  const m = /^\s*(\d{1,3})(?!\d)/.exec(value);
  return m !== null && Number(m[1]) <= 89;
}

/** "120/80" (a drain output, a blood pressure): an a/b with no year where neither order is a month and day. */
function notMonthDay(value: string): boolean {
  const m = /^(\d{1,3})\/(\d{1,3})\s*[a-z%]*$/i.exec(value.trim());
  return m !== null && !couldBeMonthDay(Number(m[1]), Number(m[2]));
}

/** The whole digits-and-slashes run around a span ("NORCO 5/325" read as the date "5/"). */
function slashNumber(text: string, span: Span): string {
  const before = /[\d/]*$/.exec(text.slice(Math.max(0, span.start - 6), span.start))![0];
  const after = /^[\d/]*/.exec(text.slice(span.end, span.end + 6))![0];
  return before + text.slice(span.start, span.end) + after;
}

/** "0000" to "2359". */
function isClock(v: string): boolean {
  return /^\d{4}$/.test(v) && Number(v.slice(0, 2)) <= 23 && Number(v.slice(2)) <= 59;
}

/** Whether the span is one end of "HHMM-HHMM" (hyphen or en dash, optional spaces), both ends clock times. */
function inClockRange(text: string, span: Span): boolean {
  const before = /(?<![\d-])(\d{4})\s?[-–]\s?$/.exec(text.slice(Math.max(0, span.start - 8), span.start));
  const after = /^\s?[-–]\s?(\d{4})(?![\d-])/.exec(text.slice(span.end, span.end + 8));
  const other = before?.[1] ?? after?.[1];
  return other !== undefined && isClock(other);
}

/** Whether [start, end) lies inside a bare "a/b" that reads as a fraction ("BCx 2/2": the model may mark only one side). */
function fractionAround(text: string, start: number, end: number): boolean {
  const before = /\d{0,2}\/?\d{0,2}$/.exec(text.slice(Math.max(0, start - 5), start))![0];
  const after = /^\d{0,2}\/?\d{0,2}/.exec(text.slice(end, end + 5))![0];
  return partialIsFraction(text, start - before.length, end + after.length);
}

/**
 * An O(log n) "does any of these spans overlap [a, b)?" test: spans sorted by start, with the
 * running maximum of their ends (a linear scan per model word was quadratic on long notes).
 */
function overlapIndex(spans: readonly Span[]): (a: number, b: number) => boolean {
  const sorted = spans.slice().sort((x, y) => x.start - y.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  sorted.forEach((s, i) => maxEnd.push(Math.max(s.end, i ? maxEnd[i - 1]! : -Infinity)));
  return (a, b) => {
    let lo = 0;
    let hi = starts.length; // first index with start >= b
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < b) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > a;
  };
}

/**
 * Filters model spans (detector 'model.ner') against the safe-list; other spans pass through.
 * @example gateModelSpans('kidney transplant', [modelSpan(0, 6)], lex) // [] ("kidney" is vocabulary)
 */
export function gateModelSpans(text: string, spans: readonly Span[], lex: Lexicons): Span[] {
  const supported = overlapIndex(spans.filter((s) => s.detector !== 'model.ner'));
  const out: Span[] = [];
  for (const s of spans) {
    if (s.detector !== 'model.ner') {
      out.push(s);
      continue;
    }
    if (!supported(s.start, s.end) && valueNotPhi(text, s, lex)) continue;
    // Split the span into runs of words that survive the veto (supported words always do); a run
    // left as a state alone ("FROM OHIO" -> "OHIO") is dropped as the whole span would be.
    const keep = (r: { start: number; end: number }) => {
      const piece = { ...s, ...r };
      if (supported(r.start, r.end) || !stateRun(text, piece, lex)) out.push(piece);
    };
    let run: { start: number; end: number } | null = null;
    for (const t of wordTokens(text.slice(s.start, s.end))) {
      const a = s.start + t.start;
      const b = s.start + t.end;
      const facilityTail = run !== null && classify(lex, text.slice(a, b)).facility;
      if (supported(a, b) || facilityTail || !vetoWord(text, a, b, lex, s.entity)) {
        run = run ? { start: run.start, end: b } : { start: a, end: b };
      } else if (run) {
        keep(run);
        run = null;
      }
    }
    if (run) keep(run);
  }
  return out;
}

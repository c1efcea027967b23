/**
 * Place and facility detector (lexicon.place): facilities by pattern ("X Hospital", "X Medical
 * Center", "CALVERT HOSP", "St. Vincent", "Mt. Sinai", nursing homes, rehabs), places after a
 * movement cue ("TRANSFER TO QUARTERMAIN", "lives in Dover"), US cities, states and counties.
 * Invariant: generic references ("the hospital", "NURSING HOME", "ST ELEVATION") are not PHI.
 */
import type { Lexicons } from '../lexicons/index';
import type { Detector, Span } from '../types';
import { isCapitalised, isUpperText } from '../text';
import { EPONYM_USE, PRE_TITLES, ROLES } from './name-cues';
import { ABBREVIATED_DIRECTIONS, AMBIGUOUS_CODES, BARE_HOSPITAL, CHAIN_STORE, CIVIC_TAILS, COMMON_PLACES_NOT_TOWNS, CREDENTIAL_BEFORE, DIRECTIONS, GENERIC, LOWER_PLACE_CUE, LOWER_TAILS, MOVE_CUES, ORG_TAILS, OUR_LADY, PLACE_PREPOSITION, PREPS, SAINTS, SPECIALTY_TAILS, STREET_SUFFIX, TAILS, TAIL_GENERIC } from './place-words';
import { STATE_CODE_ALT } from './us-states';
import { classify, isNameWord, isUnknownWord, tokensOf, type WordClass } from './word-class';

/** Which lexicons hold a phrase, as bit flags (memoised per detect call). */
const FACILITY = 1;
const CITY = 2;
const STATE = 4;
const STATE_CODE = new RegExp(`^(?:${STATE_CODE_ALT})$`);

/**
 * Creates the place/facility detector over the given lexicons.
 * @example createPlaceDetector(lex).detect('TRANSFER TO CALVERT HOSP', ctx) // LOCATION "CALVERT HOSP"
 */
export function createPlaceDetector(lex: Lexicons): Detector {
  const multi = new Map<string, number>();
  for (const name of ['city', 'state', 'facilityName'] as const) {
    for (const e of lex.entries(name)) {
      const parts = e.split(/[\s-]+/);
      if (parts.length > 1) multi.set(parts[0]!, Math.max(multi.get(parts[0]!) ?? 1, Math.min(parts.length, 4)));
    }
  }
  return {
    id: 'lexicon.place',
    entities: ['LOCATION'],
    detect(text) {
      const tokens = tokensOf(text);
      const upper = isUpperText(text);
      const cache = new Map<string, WordClass>();
      const cls = (i: number) => {
        const w = tokens[i]!.text;
        let c = cache.get(w);
        if (!c) { c = classify(lex, w); cache.set(w, c); }
        return c;
      };
      // Phrase lookups repeat for every occurrence of a word: memoise them for this call.
      const phraseHits = new Map<string, number>();
      const hits = (phrase: string) => {
        let h = phraseHits.get(phrase);
        if (h === undefined) {
          h = (lex.has('facilityName', phrase) ? FACILITY : 0) | (lex.has('city', phrase) ? CITY : 0) | (lex.has('state', phrase) ? STATE : 0);
          phraseHits.set(phrase, h);
        }
        return h;
      };
      const gap = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length);
      /** Tokens [a, b) as one lower-case phrase, the form the lexicons hold. */
      const phraseOf = (a: number, b: number) => (b - a === 1 ? tokens[a]!.text.toLowerCase() : tokens.slice(a, b).map((t) => t.text.toLowerCase()).join(' '));
      /** Lexicon flags of tokens [a, b) read as one phrase when they are single-spaced, else 0. */
      const spacedHits = (a: number, b: number) => {
        for (let k = a; k < b - 1; k++) if (gap(k) !== ' ') return 0;
        return hits(phraseOf(a, b));
      };
      const sentenceInitial = (i: number) => i === 0 || /[.!?:;\n]\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
      const proper = (i: number) => { const w = tokens[i]!.text; return !/^\d/.test(w) && (upper ? w === w.toUpperCase() : isCapitalised(w)); };
      const joinable = (i: number) => { const g = gap(i); return /^(?:[ \t]{1,2}|-|['’]\s?| & )$/.test(g) || (/^\.[ \t]?$/.test(g) && (SAINTS.has(tokens[i]!.text.toLowerCase()) || tokens[i]!.text.length === 1)); };
      const plainWord = (i: number) => { const c = cls(i); return !c.func && !c.abbrev && !c.medical && !PRE_TITLES.has(c.lower) && !ROLES.has(c.lower) && !/\d/.test(c.lower); };
      const nameish = (i: number) => { const c = cls(i); if (GENERIC.has(c.lower) && !c.func) return true; return !c.func && !c.abbrev && !PRE_TITLES.has(c.lower) && !ROLES.has(c.lower) && !c.medical && (!upper || !c.english || isNameWord(c) || c.place || GENERIC.has(c.lower)); };
      const spans: Span[] = [];
      const add = (a: number, b: number, score: number) => spans.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end + (text[tokens[b - 1]!.end] === '.' && /^(?:st|mt|hosp|ctr)$/i.test(tokens[b - 1]!.text) ? 1 : 0), entity: 'LOCATION', score, detector: 'lexicon.place' });
      // "MAPLEWOOD MANOR IN NEWTON": a town named right after a facility is a place even when
      // it is also an English word (which alone, in upper case, it would not be).
      const cityAfterFacility = (e: number) => {
        if (!tokens[e + 1] || !/^in$/i.test(tokens[e]!.text) || !proper(e + 1)) return;
        for (let len = Math.min(3, tokens.length - e - 1); len >= 1; len--) {
          if (hits(phraseOf(e + 1, e + 1 + len)) & CITY) return add(e + 1, e + 1 + len, 0.8);
        }
      };
      /** Length (3 down to `shortest` tokens, single-spaced) of a town name starting at token i, 0 if none. */
      const townAt = (i: number, shortest = 1) => [3, 2, 1].filter((n) => n >= shortest).find((n) => i + n <= tokens.length && (spacedHits(i, i + n) & CITY) !== 0) ?? 0;
      /** Whether the `n` single-spaced tokens before token i are on the lexicon(s) in `flags` (FACILITY, CITY...). */
      const listedBefore = (i: number, n: number, flags: number) => i >= n && (spacedHits(i - n, i) & flags) !== 0;
      /** A capitalised care word ("Nursing", "Rehabilitation"), which may pair with another by "and". */
      const careWord = (k: number) => (TAIL_GENERIC.has(cls(k).lower) || GENERIC.has(cls(k).lower)) && proper(k);
      for (let i = 0; i < tokens.length; i++) {
        const c = cls(i);
        if (i > 0 && proper(i) && PLACE_PREPOSITION.test(tokens[i - 1]!.text)) {
          // "at Sunrise of Scottsdale": a name, "of" and a town after a place preposition.
          const town = tokens[i + 2] && /^of$/i.test(tokens[i + 1]!.text) && !c.func && !GENERIC.has(c.lower) && proper(i + 2) ? townAt(i + 2) : 0;
          if (town) add(i, i + 2 + town, 0.8);
          // "CALLED FROM PROVIDENCE, FLYING IN", "flies to Anchorage for work": a town that is also a
          // word, after a place preposition: capitalised mid-sentence, or in upper case with
          // punctuation after it.
          const len = c.english && !c.medical && !c.abbrev && !c.func && !c.commonWord && !GENERIC.has(c.lower) && !TAILS.has(c.lower) && !COMMON_PLACES_NOT_TOWNS.has(c.lower) ? townAt(i) : 0;
          if (len && !(spacedHits(i, i + len) & STATE) && (upper ? /^\s*[,.;(]/.test(gap(i + len - 1)) : !sentenceInitial(i))) add(i, i + len, 0.75);
        }
        // "seen at mgh ed": a listed facility written in lower case, after a place preposition.
        if (i > 0 && tokens[i]!.text === c.lower && PLACE_PREPOSITION.test(tokens[i - 1]!.text)) {
          for (let len = Math.min(multi.get(c.lower) ?? 1, tokens.length - i); len >= 1; len--) {
            if (spacedHits(i, i + len) & FACILITY) { add(i, i + len, 0.8); break; }
          }
        }
        // "call harvest moon hospice", "filled @ desert sun pharmacy": in lower-case typing, one or two
        // plain words and a care-place word after a place preposition name that place, when a word
        // in it is not generic ("at inpatient rehab", "to the clinic" stay).
        if (i > 0 && tokens[i]!.text === c.lower && !/^(?:call|called)$/.test(c.lower) && LOWER_PLACE_CUE.test(text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start))) {
          for (const len of [3, 2, 1]) {
            const tail = tokens[i + len];
            if (!tail || tail.text !== tail.text.toLowerCase() || !LOWER_TAILS.has(tail.text)) continue;
            const words = [...Array(len).keys()].map((k) => i + k);
            const plain = words.every((k) => { const w = cls(k); return tokens[k]!.text === w.lower && /^[a-z]{3,}$/.test(w.lower) && !w.func && !w.abbrev && !w.medical && !ROLES.has(w.lower); });
            const spaced = words.every((k) => gap(k) === ' ');
            if (plain && spaced && words.some((k) => !GENERIC.has(cls(k).lower) && !TAIL_GENERIC.has(cls(k).lower) && !TAILS.has(cls(k).lower))) {
              let e = i + len + 1;
              // "nursing & rehab", "nursing and rehab"
              if (tokens[e] && gap(e - 1) === ' & ' && LOWER_TAILS.has(tokens[e]!.text)) e += 1;
              else if (tokens[e + 1] && tokens[e]!.text === 'and' && LOWER_TAILS.has(tokens[e + 1]!.text)) e += 2;
              add(i, e, 0.7);
              break;
            }
          }
        }
        // "LIVES IN N. ANDOVER": an abbreviated direction before a town named with it in full.
        const direction = ABBREVIATED_DIRECTIONS.get(c.lower);
        if (direction && tokens[i + 1] && /^\.\s?$/.test(gap(i)) && proper(i + 1)) {
          for (let len = Math.min(2, tokens.length - i - 1); len >= 1; len--) {
            if (hits(`${direction} ${phraseOf(i + 1, i + 1 + len)}`) & CITY) { add(i, i + 1 + len, 0.8); break; }
          }
        }
        // "22 HAWTHORNE RD, LEXINGTON": a town right after a street address, even an English word.
        // "45 BEACON ST, APT 3, REVERE": the same after the apartment or unit.
        const afterUnit = i > 1 && /^\d{1,5}[A-Z]?$/i.test(tokens[i - 1]!.text) && /^(?:apt|unit|ste|suite|#)$/i.test(tokens[i - 2]!.text);
        if (i > 0 && (STREET_SUFFIX.test(tokens[i - 1]!.text) || afterUnit) && /^\.?,\s*$/.test(gap(i - 1)) && proper(i)) {
          const len = townAt(i);
          if (len) add(i, i + len, 0.8);
        }
        // "at Heartland Cardiology" is a practice; "seen by Interventional Cardiology" is a service.
        // "(Henry Ford Endocrine, Detroit)", "Rady Children's Endocrine": after a listed facility too.
        const specialtyTail = SPECIALTY_TAILS.has(c.lower) && i > 1 && proper(i) && proper(i - 1) && joinable(i - 1)
          && ((!sentenceInitial(i - 1) && PLACE_PREPOSITION.test(tokens[i - 2]!.text)) || [1, 2, 3].some((n) => listedBefore(i, n, FACILITY))
            // "Kimberly Tran-Boateng, PA-C, Desert Sky Dermatology": a practice after a clinician's credential.
            || [1, 2, 3].some((n) => i - n >= 1 && CREDENTIAL_BEFORE.test(text.slice(Math.max(0, tokens[i - n]!.start - 12), tokens[i - n]!.start))));
        const childrens = /^children['’]s$/i.test(tokens[i]!.text); // "Phoenix Children's"
        // "ROSIE'S PLACE": a possessive name before "Place" names a program or shelter.
        const possessivePlace = c.lower === 'place' && i > 0 && proper(i) && /['’]s$/i.test(tokens[i - 1]!.text) && joinable(i - 1);
        const orgTail = (ORG_TAILS.has(c.lower) || CIVIC_TAILS.has(c.lower)) && proper(i) && i > 0;
        if (TAILS.has(c.lower) || specialtyTail || childrens || possessivePlace || orgTail) {
          let s = i;
          for (;;) {
            // "Attends Sunshine Kids Daycare": a verb capitalised only because it starts the sentence stays out.
            const verbFirst = s > 0 && (s === 1 || /[.!?\n]\s*$/.test(text.slice(tokens[s - 2]!.end, tokens[s - 1]!.start))) && cls(s - 1).english && !isNameWord(cls(s - 1)) && /(?:s|ed|ing)$/i.test(tokens[s - 1]!.text);
            if (s > 0 && i - s < 5 && joinable(s - 1) && proper(s - 1) && nameish(s - 1) && !verbFirst && (tokens[s - 1]!.text.length > 1 || text[tokens[s - 1]!.end] === '.')) { s--; continue; }
            // "Maple Crest Nursing and Rehabilitation Center": two care words joined by "and".
            if (s >= 2 && i - s < 5 && /^and$/i.test(tokens[s - 1]!.text) && careWord(s) && careWord(s - 2)) { s -= 2; continue; }
            const of = s >= 2 && /^of$/i.test(tokens[s - 1]!.text) ? s - 1 : -1;
            const the = of >= 1 && /^the$/i.test(tokens[of - 1]!.text) ? of - 1 : of;
            if (the >= 1 && proper(the - 1) && (TAILS.has(cls(the - 1).lower) || cls(the - 1).facility)) { s = the - 1; continue; }
            break;
          }
          // "FROM CAPE COD HOSPITAL": in upper case, English words before the tail belong to the
          // name when a place preposition comes before them all.
          if (upper) {
            let r = s;
            while (r > 0 && i - r < 5 && joinable(r - 1) && proper(r - 1) && plainWord(r - 1)) r--;
            if (r < s && r > 0 && (PLACE_PREPOSITION.test(tokens[r - 1]!.text) || /^via$/i.test(tokens[r - 1]!.text))) s = r;
          }
          let e = i + 1;
          // "Children's Wisconsin", "Children's Minnesota": a state or town after "Children's" names the hospital.
          if (childrens && tokens[e] && gap(i) === ' ' && proper(e)) e += [2, 1].find((n) => e + n <= tokens.length && (spacedHits(e, e + n) & (STATE | CITY)) !== 0) ?? 0;
          while (e < tokens.length && e - i < 4 && joinable(e - 1) && proper(e) && (TAILS.has(cls(e).lower) || ORG_TAILS.has(cls(e).lower) || CIVIC_TAILS.has(cls(e).lower) || GENERIC.has(cls(e).lower) || DIRECTIONS.has(cls(e).lower))) e++;
          // "Tri-Lakes Area Agency on Aging": the usual name of a county's agency.
          if (/^agency$/i.test(tokens[e - 1]!.text) && /^on$/i.test(tokens[e]?.text ?? '') && /^aging$/i.test(tokens[e + 1]?.text ?? '')) e += 2;
          for (let guard = 0; guard < 3 && tokens[e] && /^of$/i.test(tokens[e]!.text); guard++) {
            let k = e + 1;
            if (tokens[k] && /^the$/i.test(tokens[k]!.text)) k++;
            if (!tokens[k] || !proper(k)) break;
            const town = townAt(k); // "University Medical Center of El Paso"
            if (town) { e = k + town; continue; }
            if (!nameish(k)) break;
            e = k + 1;
            while (e < tokens.length && e - i < 8 && joinable(e - 1) && proper(e) && nameish(e)) e++;
          }
          // "Preferred pharmacy on file": a lower-case tail after a word capitalised only because
          // it starts the sentence is no name.
          const sentenceCase = !upper && !proper(i) && s === i - 1 && sentenceInitial(s);
          // An organisation word is the kind, not the name: "Durable Medical Equipment" is no one's.
          const specific = !sentenceCase && [...Array(e - s).keys()].some((k) => !ORG_TAILS.has(cls(s + k).lower) && !GENERIC.has(cls(s + k).lower) && !TAIL_GENERIC.has(cls(s + k).lower) && !cls(s + k).func);
          const civic = CIVIC_TAILS.has(c.lower) && !TAILS.has(c.lower);
          const placed = !civic || [...Array(i - s).keys()].some((k) => (hits(cls(s + k).lower) & (CITY | STATE)) !== 0 || /^(?:county|parish)$/i.test(tokens[s + k]!.text));
          if (specific && placed && (s < i || e > i + 1)) {
            add(s, e, 0.85);
            cityAfterFacility(e);
          }
        }
        if (SAINTS.has(c.lower) && proper(i) && tokens[i + 1] && joinable(i) && proper(i + 1)) {
          const n = cls(i + 1);
          // "St. Jude valve" is a device: a saint's name used as an eponym is no place.
          const eponymUse = EPONYM_USE.test(text.slice(tokens[i + 1]!.end, tokens[i + 1]!.end + 40));
          // "FROM ST E'S": nurses' shorthand for a saint's hospital by its initial.
          const initialOnly = /^\p{L}['’]s$/iu.test(tokens[i + 1]!.text);
          if (!eponymUse && (initialOnly || (!n.func && !n.abbrev && !n.medical && (isNameWord(n) || isUnknownWord(n) || (!upper && !n.english))))) {
            let e = i + 2;
            while (e < tokens.length && e - i < 5 && joinable(e - 1) && proper(e) && (TAILS.has(cls(e).lower) || GENERIC.has(cls(e).lower) || isUnknownWord(cls(e)))) e++;
            // A system or town name before the saint is part of it: "Providence St. Vincent".
            const s = i > 0 && joinable(i - 1) && proper(i - 1) && !sentenceInitial(i - 1) && (hits(cls(i - 1).lower) & CITY || isUnknownWord(cls(i - 1))) ? i - 1 : i;
            add(s, e, 0.85);
          }
        }
        if (MOVE_CUES.has(c.lower) || PREPS.has(c.lower)) {
          let j = i + 1;
          while (j < tokens.length && j - i < 3 && PREPS.has(cls(j).lower)) j++;
          if (j < tokens.length && proper(j) && !/\n/.test(text.slice(tokens[i]!.end, tokens[j]!.start))) {
            const n = cls(j);
            const strong = MOVE_CUES.has(c.lower);
            const atFrom = /^(?:at|from)$/.test(c.lower) && isUnknownWord(n) && !n.rare && tokens[j]!.text.length > 3 && !/\d/.test(tokens[j]!.text);
            const englishTown = strong && n.place && n.english && !n.commonWord && !COMMON_PLACES_NOT_TOWNS.has(n.lower) && /^(?:lives?|living|resides?|moved|born|relocated|originally|grew|hometown|flying|flew|driving|drove|home|visiting|vacation|trip)$/.test(c.lower);
            // "FROM BMC ED", "AT MGH ER": an unknown upper-case acronym before an emergency department.
            const acronymEd = /^(?:at|from|to)$/.test(c.lower) && /^[A-Z]{2,6}$/.test(tokens[j]!.text) && isUnknownWord(n)
              && /^(?:ED|ER|EMERGENCY)$/i.test(tokens[j + 1]?.text ?? '') && joinable(j);
            // "hx of Huntington's (disease)": an eponym's possessive or its head noun is the disease, not the town.
            const eponymUse = n.eponym && (/^['’]s\b/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 3)) || EPONYM_USE.test(text.slice(tokens[j]!.end, tokens[j]!.end + 40)));
            const ok = !eponymUse && (acronymEd || englishTown || (n.place ? !n.english && !n.abbrev && !n.func && !COMMON_PLACES_NOT_TOWNS.has(n.lower) : (strong && isUnknownWord(n) && tokens[j]!.text.length > 2) || atFrom));
            if (ok) {
              let e = j + 1;
              while (e < tokens.length && e - j < 3 && /^[ -]$/.test(gap(e - 1)) && proper(e) && (isUnknownWord(cls(e)) || cls(e).place)) e++;
              // "FROM OHIO", "exposure in Connecticut": a state on its own is not PHI (Safe Harbor).
              const stateAlone = (spacedHits(j, e) & STATE) !== 0 && !/^,?\s*(?:[A-Z]{2}\b|\d{5})/.test(text.slice(tokens[e - 1]!.end, tokens[e - 1]!.end + 10));
              if (!stateAlone) add(j, e, strong ? 0.8 : 0.7);
            }
          }
        }
        const maxLen = multi.get(c.lower) ?? 1;
        for (let len = maxLen; len >= 1; len--) {
          if (i + len > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < len && ok; k++) ok = (proper(i + k) || (k > 0 && k < len - 1 && cls(i + k).func)) && (k === len - 1 || /^(?: |-)$/.test(gap(i + k)));
          if (!ok) continue;
          const h = hits(phraseOf(i, i + len));
          // "Modified Duke criteria": a listed facility's name used as an eponym is no place.
          // "R-CHOP" is a regimen: a listed acronym joined to a word before it by a hyphen is no facility.
          const hyphened = i > 0 && gap(i - 1) === '-';
          if (h & FACILITY && !hyphened && !EPONYM_USE.test(text.slice(tokens[i + len - 1]!.end, tokens[i + len - 1]!.end + 40))) {
            let e = i + len;
            while (e < tokens.length && e - i < len + 3 && /^[ \t-]{1,2}$/.test(gap(e - 1)) && (TAILS.has(cls(e).lower) || GENERIC.has(cls(e).lower) || cls(e).facility)) e++;
            // "Encompass Health Rehabilitation Hospital of Charleston": and the town it is "of".
            const ofTown = tokens[e + 1] && /^of$/i.test(tokens[e]!.text) && proper(e + 1) ? townAt(e + 1) : 0;
            if (ofTown) e += 1 + ofTown;
            add(i, e, 0.85);
            i = e - 1;
            break;
          }
          if (!(h & (CITY | STATE))) continue;
          const single = len === 1 ? cls(i) : null;
          const after = text.slice(tokens[i + len - 1]!.end, tokens[i + len - 1]!.end + 12);
          const codeMatch = /^(,?)\s*([A-Z]{2})\b(\s+\d{5})?/.exec(after);
          // An ambiguous code ("IN", "OR", "ME") after a comma is a state unless, in upper case, a
          // word follows it ("NO. READING, IN TO VISIT").
          const codeEnds = !!codeMatch && (!upper || /^\s*(?:[.,;)\n]|$)/.test(after.slice(codeMatch[0].length)));
          const stateAfter = codeMatch && STATE_CODE.test(codeMatch[2]!) && ((codeMatch[1] && codeEnds) || codeMatch[3] || !AMBIGUOUS_CODES.has(codeMatch[2]!)) ? [codeMatch[0], codeMatch[2]!] : null;
          const cued = !!stateAfter && STATE_CODE.test(stateAfter[1]!) || (i > 0 && PREPS.has(cls(i - 1).lower));
          if (single && (single.abbrev || single.func || single.medical || tokens[i]!.text.length < 4 || COMMON_PLACES_NOT_TOWNS.has(single.lower))) continue;
          if (EPONYM_USE.test(text.slice(tokens[i + len - 1]!.end, tokens[i + len - 1]!.end + 40))) continue;
          const isState = (h & STATE) !== 0;
          // A state on its own is not PHI under Safe Harbor ("exposure in Connecticut"); in an address
          // the ZIP after it, and the address detector, cover it.
          // (A state that is also some town's name, "Ohio, IL", counts with the state code after it.)
          // After "Town, " or a facility and a comma it completes that place ("Houston, Texas", "Mercy Clinic, California").
          const afterTown = i > 0 && /^,[ \t]*$/.test(gap(i - 1))
            && ([1, 2, 3].some((n) => listedBefore(i, n, CITY)) || spans.some((sp) => sp.end === tokens[i - 1]!.end));
          if (isState && !stateAfter && !afterTown && !/^,?\s*\d{5}\b/.test(after)) { i += len - 1; break; }
          if (single && (single.english || single.commonWord) && !stateAfter) continue;
          if (single && single.firstName && !cued && !isState) continue;
          if (upper && len === 1 && !cued && !isState) continue;
          let e = i + len;
          if (stateAfter && STATE_CODE.test(stateAfter[1]!) && tokens[e]) e++;
          add(i, e, len > 1 ? 0.8 : 0.7);
          i += len - 1;
          break;
        }
        // Lower-case multi-word towns after a place cue ("lives in fall river"): the phrase is specific
        // even when its first word is English.
        if (!upper && /^\p{Ll}/u.test(tokens[i]!.text) && i > 0 && (PREPS.has(cls(i - 1).lower) || MOVE_CUES.has(cls(i - 1).lower))) {
          const len = townAt(i, 2);
          if (len) {
            add(i, i + len, 0.6);
            continue;
          }
        }
        if (!upper && /^\p{Ll}/u.test(tokens[i]!.text) && i > 0 && (PREPS.has(cls(i - 1).lower) || MOVE_CUES.has(cls(i - 1).lower)) && lex.has('city', c.lower) && !c.english && !c.abbrev && !c.func && !c.medical && !c.commonWord && tokens[i]!.text.length >= 4) {
          add(i, i + 1, 0.6);
        }
        if (c.lower === 'county' && i > 0 && proper(i - 1) && proper(i) && !cls(i - 1).func) add(i - 1, i + 1, 0.85);
      }
      for (const [re, score] of [[BARE_HOSPITAL, 0.8], [OUR_LADY, 0.85], [CHAIN_STORE, 0.85]] as const) {
        for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, entity: 'LOCATION', score, detector: 'lexicon.place' });
      }
      return spans;
    },
  };
}

/**
 * Identifier detector (rules.id): SSNs, record numbers and other IDs. A cue word (MRN, MR#,
 * acct, policy, member id, DEA, NPI, licence, VIN, serial...) claims the code after it; long
 * digit runs, card numbers, IBANs and letter-prefixed codes ("ZY-567890") are claimed without
 * one. Invariant: short numbers (doses, vitals, lab values) are never claimed without a cue.
 */
import type { Detector, EntityType, Span } from '../types';
import { regexAll } from '../text';

const SSN = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g;
const SSN_CUE = /\b(?:ssn|ss#|soc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:number|no\.?|#))?)\s*[:#]?\s*(?:is\s+)?(\d{9}|\d{3}[- ]?\d{2}[- ]?\d{4})\b/gi;
const MRN_CUES = String.raw`mrn|mr\s?#|mr\s?no\.?|med(?:ical)?\s+rec(?:ord)?s?(?:\s+(?:number|no\.?|num|#))?|record\s*(?:number|no\.?|num|#)|chart\s*(?:number|no\.?|#)|unit\s*(?:number|no\.?|#)|hospital\s*(?:number|no\.?|#)`;
const ID_CUES = String.raw`lot\s+(?:number|no\.?|#)|lot#|mbi|activation\s+code|access\s+code|badge|reg|registration|acct|account|a\/c|policy|member(?:ship)?(?:\s+id)?|subscriber(?:\s+id)?|dea|npi|licen[cs]e\s+plate|licen[cs]e|lic\.?|vin|serial|s\/n|sn|cdl|acc|plate|certificate|cert\.?|beneficiary|medicaid|medicare|passport|health\s+plan|id|identifier|fin|csn|har|specimen|accession`;
const WEAK_CUES = String.raw`job|index|batch|intake|incident|docket|patient|pt|case|visit|group|order|plan|card|insurance|ins\.?|device|encounter|specimen|accession|reference|ref|claim|tracking|employee|badge|driver'?s?|dl`;
const FILLER = String.raw`(?:\s*(?:number|numbers|no\.?|num|#|id|ids|code|is|was|of|:|=|-)\s*){0,3}`;
const WEAK_FILLER = String.raw`\s*(?:id|number|no\.?|num|#|licen[cs]e)\s*[:#]?\s*(?:is\s+)?`;
const CODE = String.raw`(#?[A-Z0-9][A-Z0-9./#-]{2,24}[A-Z0-9])`;
const CUED = new RegExp(String.raw`\b(${MRN_CUES}|${ID_CUES})(?:\b|(?<=#))${FILLER}\s*${CODE}`, 'gi');
const WEAK = new RegExp(String.raw`\b(${WEAK_CUES})${WEAK_FILLER}${CODE}`, 'gi');
/** "Plan ID 918 226 407": a member or policy number written in groups of digits with spaces. */
const SPACED_ID = /\b(?:id|member|policy|subscriber|acct|account)\s*(?:#|no\.?|number)?\s*:?\s*(\d{3,4}(?: \d{3,4}){2,3})(?!\d|\.\d)/gi;
const LONG_DIGITS = /(?<![\d.,/-])#?\d{7,}(?![\d]|[.,]\d)/g;
const DASHED_DIGITS = /(?<![\w./-])#?\d{2,6}(?:-\d{2,7}){1,4}(?:-\d)?(?![\w]|[./-]\d)/g;
const TIME_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/;
const LETTER_CODE = /(?<![\w-])#?[A-Z]{1,5}-?\d{4,}(?:-\d+)?(?![\w-])/g;
/** Pathology and lab case numbers: letters, a two-digit year, then a serial ("S24-20417", "SP23-0045"). */
const CASE_CODE = /(?<![\w-])[A-Z]{1,3}\d{2}-\d{3,7}(?![\w-])/g;
/** "case 24-MCI-05521", "intake EPS-24-3390": a hyphenated code after a case word, with no "#" or "number". */
const CASE_CUE = /\b(?:case|intake|incident|docket|referral|report)\s*:?\s*([A-Z0-9]{1,6}(?:-[A-Z0-9]{1,8}){1,3})(?![\w-])/gi;
/** "Officer Pete Lindqvist #92", "Sgt. Oyelaran, badge 2219": an officer's number. */
const OFFICER_NUMBER = /\b(?:officer|ofc|sgt|sergeant|trooper|detective|det|deputy|lt)\.?\s+(?:[\p{L}'’.-]+\s+){0,3}?#\s?(\d{1,6})\b/giu;
/** "Last 4 SSN 4417", "last four of social 4417": the last digits of an SSN still identify. */
const SSN_LAST4 = /\blast\s+(?:4|four)\s+(?:(?:of|digits)\s+)*(?:ssn|ss#|social(?:\s+security)?)(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*(\d{4})\b/gi;
/** "Medicare MBI 5EG4-TE5-MK72", "code 7KQ2-M9XD-P4HT": three or four dashed groups, each of letters and digits. */
const MIXED_GROUPS = /(?<![\w-])(?:(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3,5}-){2,3}(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3,5}(?![\w-])/g;
/** "(badge 337)": an officer's badge number is short. */
const BADGE = /\bbadge\s*(?:#|no\.?|number)?\s*:?\s*(\d{2,6})\b/gi;
const HASH_NUM = /(?<![\w])#\s?\d{4,}(?![\d])/g;
const CARD = /(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?![\d-])/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

function cueEntity(cue: string): EntityType {
  return new RegExp(`^(?:${MRN_CUES})$`, 'i').test(cue) ? 'MRN' : 'ID';
}

/**
 * Finds SSNs, MRNs and other identifiers.
 * @example idDetector.detect('MRN: 1234-5678, SSN 123-45-6789', ctx) // MRN and SSN spans
 */
export const idDetector: Detector = {
  id: 'rules.id',
  entities: ['SSN', 'MRN', 'ID'],
  detect(text) {
    const spans: Span[] = [];
    const add = (start: number, end: number, entity: EntityType, score: number) =>
      spans.push({ start, end, entity, score, detector: 'rules.id' });
    /** The match's last group, which ends the match ("badge 337" -> "337"). */
    const addEnd = (m: RegExpExecArray, entity: EntityType, score: number) => add(m.index + m[0].length - m[1]!.length, m.index + m[0].length, entity, score);
    regexAll(SSN, text, (m) => add(m.index, m.index + m[0].length, 'SSN', 0.95));
    regexAll(SSN_CUE, text, (m) => addEnd(m, 'SSN', 0.97));
    for (const re of [CUED, WEAK]) {
      regexAll(re, text, (m) => {
        const code = m[2]!.replace(/[.-]+$/, '');
        const d = digits(code);
        if (d < 3 || /^\d{1,3}(?:\.\d+)?$/.test(code) || /^\d+\.\d+$/.test(code)) return;
        const start = m.index + m[0].length - m[2]!.length;
        add(start, start + code.length, cueEntity(m[1]!), 0.93);
        re.lastIndex = start + code.length;
      });
    }
    regexAll(SPACED_ID, text, (m) => addEnd(m, 'ID', 0.9));
    regexAll(LONG_DIGITS, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.75));
    regexAll(DASHED_DIGITS, text, (m) => {
      if (TIME_RANGE.test(m[0])) return;
      if (digits(m[0]) >= 7) add(m.index, m.index + m[0].length, 'ID', 0.7);
    });
    regexAll(LETTER_CODE, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.75));
    regexAll(CASE_CODE, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.8));
    regexAll(MIXED_GROUPS, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.8));
    regexAll(BADGE, text, (m) => addEnd(m, 'ID', 0.85));
    regexAll(CASE_CUE, text, (m) => {
      if (digits(m[1]!) >= 4) addEnd(m, 'ID', 0.85);
    });
    regexAll(OFFICER_NUMBER, text, (m) => addEnd(m, 'ID', 0.85));
    regexAll(SSN_LAST4, text, (m) => addEnd(m, 'SSN', 0.9));
    regexAll(HASH_NUM, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.8));
    regexAll(CARD, text, (m) => add(m.index, m.index + m[0].length, 'ID', 0.85));
    regexAll(IBAN, text, (m) => {
      if (digits(m[0]) >= 8) add(m.index, m.index + m[0].length, 'ID', 0.85);
    });
    return spans;
  },
};

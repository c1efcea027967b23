/**
 * Record-issuer detector (cue.issuer): the short name of the institution that issued a record
 * number ("NWH MRN 10299384", "SVH acct# 4001", "BMC MRN: 88102334"). A hospital's initials next
 * to its record number name the hospital. Not a rule detector: the gateway's tripwire does not
 * run it. Invariant: only 2-5 capital letters right before the record label count, and words
 * that say whose record it is ("PT", "OUR", "OLD") are not institutions.
 */
import type { Detector, Span } from '../types';
import { regexAll } from '../text';

const ISSUER = /\b([A-Z][A-Z&]{1,4})\s+(?=(?:MRN|[Mm]rn|MR\s?#|[Aa]cct|ACCT|[Aa]ccount|ACCOUNT|[Mm]ed(?:ical)?\s+[Rr]ec(?:ord)?|MED(?:ICAL)?\s+REC(?:ORD)?)\b)/g;
/** Capitals before a record label that are no institution. */
const NOT_ISSUERS = new Set(['PT', 'PTS', 'OUR', 'OLD', 'NEW', 'THE', 'HIS', 'HER', 'AND', 'OR', 'ED', 'ER', 'DOB', 'SEX', 'AGE', 'NO', 'ID', 'MRN', 'OSH', 'ICU', 'FOR', 'PER', 'IS', 'ON', 'BY', 'TO', 'OF', 'IN', 'AT', 'PRIOR', 'ALT', 'MOM', 'DAD', 'BABY', 'HOSP', 'PCP', 'SNF', 'ALF', 'IRF', 'LTAC', 'NH', 'REHAB', 'CLINIC', 'LAB', 'OP', 'IP', 'OR']);

/** "MRN YNHH 08812437": the institution's initials between the label and the number. */
const ISSUER_AFTER = /\b(?:MRN|mrn|MR\s?#)[ \t]*:?[ \t]*([A-Z]{2,5})[ \t]+(?=[A-Z]?\d)/g;

/**
 * Finds institution initials before a record number label, or between it and the number.
 * @example recordIssuerDetector.detect('NWH MRN 10299384 / our MRN E-447120', ctx) // ORGANIZATION "NWH"
 */
export const recordIssuerDetector: Detector = {
  id: 'cue.issuer',
  entities: ['ORGANIZATION'],
  detect(text) {
    const spans: Span[] = [];
    const add = (start: number, initials: string) => {
      if (!NOT_ISSUERS.has(initials)) spans.push({ start, end: start + initials.length, entity: 'ORGANIZATION', score: 0.8, detector: 'cue.issuer' });
    };
    regexAll(ISSUER, text, (m) => add(m.index, m[1]!));
    // The initials end the match, before the spaces that lead to the number.
    regexAll(ISSUER_AFTER, text, (m) => add(m.index + m[0].trimEnd().length - m[1]!.length, m[1]!));
    return spans;
  },
};

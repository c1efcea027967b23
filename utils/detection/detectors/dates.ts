/**
 * Date detector (rules.date): every written form of a calendar date more specific than a year,
 * numeric (7/22, 07-22-2023, 2080-02-18, 20230412), named-month (Jan 3rd, 3 JANUARY 2020,
 * "the 5th of May", Sept. 2019) and holidays. Invariant: a bare year and fractions such as
 * "2/3 of doses", "5/5 strength", "8/10 pain" or "2/2 CHF" are never claimed.
 */
import type { Detector, Span } from '../types';
import { regexAll } from '../text';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:\d{4}|'\d{2})`;

const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\.?(?:[\s-]+)(${DAY})\b(?:(?:,\s*|\s+|-)(${YEAR})\b)?`, 'gi');
const DAY_FIRST = new RegExp(String.raw`\b(${DAY})(?:\s+of)?[\s-]+(${MONTH})\b\.?(?:(?:,\s*|[\s-]+)(${YEAR})\b)?`, 'gi');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\.?,?\s+(\d{4}|['’]\d{2})\b`, 'gi');
const MONTH_NAME = /\b(January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g;
const MONTH_CONTEXT = /\b(?:in|on|since|of|early|late|mid|last|next|this|until|by|from|during|through|before|after)\s*-?\s*$/i;
const NUMERIC_FULL = /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d|-\d(?!\d?\/))/g;
const ISO = /(?<![\d/.-])((?:18|19|20|21)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?(?![\d/]|[.-]\d)/g;
const COMPACT = /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** "in 3/78", "A1c from 10/79": a month and a two-digit year (no day reaches 32), after a date word or preposition. */
const MONTH_SHORT_YEAR = /(?<![\d/.:-])(0?[1-9]|1[0-2])\/([3-9]\d)(?![\d/]|\.\d)/g;
const SHORT_YEAR_CUE = /\b(?:in|since|from|of|until|by|through|to|on|dated|d\/c'?d|stopped|started|completed|last)\s*:?\s*$|\($/i;
const MONTH_SLASH_YEAR = /(?<![\d/.-])(0?[1-9]|1[0-2])[/-]((?:19|20)\d{2})(?![\d/]|[.-]\d)/g;
const PARTIAL = /(?<![\d/.:A-Za-z-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/g;
/** "15MAR24", "16MAR", "22Mar2024": day and month written together, maybe with the year. */
const DAY_MONTH_JOINED = /\b(\d{1,2})(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(\d{2}|\d{4})?\b/gi;
const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const PARTIAL_DASH = /(?<![\d/.:A-Za-z-])(\d{1,2})-(\d{1,2})(?![\d/-]|\.\d)/g;
/** A unit or count right after "a-b" makes it a range ("2-3 mg", "3-4 days"), not a month-day. */
const TIME_AFTER = /^\s*(?:[ap]\.?m\.?(?![\p{L}])|(?:@|at)\s*(?:[01]\d|2[0-3]):?[0-5]\d(?!\d))/iu;
const UNIT_AFTER = /^\s*(?:%|\/|x\b|(?:mg|mcg|ug|gm?|kg|ml|cc|l|liters?|meq|mmol|units?|u|iu|tabs?|tablets?|caps?|capsules?|puffs?|sprays?|drops?|gtts?|doses?|pills?|amps?|vials?|bags?|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|y|hours?|hrs?|h|mins?|minutes?|secs?|times|mmhg|bpm|beats|breaths|lpm|cm|mm|in|lbs?|oz|kcal|steps|blocks|flights|stairs)\b)/i;
const HOLIDAY = /\b(?:Christmas(?: Eve| Day)?|Thanksgiving|Easter|New Year'?s(?: Eve| Day)?|Halloween|Independence Day|Labor Day|Memorial Day|Valentine'?s Day|Hanukkah|Ramadan)\b/gi;
/**
 * A day of the week narrows a date as much as a day of the month does ("seen Tuesday"), so the
 * full name is masked in any case; abbreviations (Mon, Sat, Sun) are left: too many other words.
 */
/** Weekday names in full and in their usual short forms, shared by the patterns below. */
const WEEKDAY_FULL = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const WEEKDAY_SHORT = String.raw`mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun`;
/** A weekday's abbreviation as a whole word ("Mon", "thurs"), for the name rules that must not read it as a name. */
export const WEEKDAY_ABBREVIATION = new RegExp(`^(?:${WEEKDAY_SHORT})$`, 'i');
const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_FULL}\b`, 'gi');
/** "seen on the 14th", "since the 3rd": a day of the month by its ordinal, after a date preposition. */
const ORDINAL_DAY = /\b(?:on|since|by|until|till|from|after|before)\s+the\s+((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:the\s+)?(?:month|time|dose|day|week|cycle|percentile|floor|grade|centile))/gi;
/** "mon 6/5", "(Sat 10/21)": an abbreviated weekday right before a month/day. */
const WEEKDAY_SHORT_BEFORE_DATE = new RegExp(String.raw`\b(?:${WEEKDAY_SHORT})\.?\s+(?=\d{1,2}\/\d{1,2}\b)`, 'gi');
const DATE_CUE = new RegExp(String.raw`\b(?:on|since|from|until|till|dated?|dos|admit(?:ted)?|seen|visit|d\/c|dc|discharged?|returned?|started?|stopped|last(?:\s+(?:dose|use|used|drink|drank|seen|visit|admission|admit|hospitali[sz]ation|bm|void|menses|fill|filled|taken|given|episode))?|next|takeback|washout|closed|closure|surgery|procedure|repair|note|addendum|svc|service|cxr|ct|cta|mri|mra|tte|tee|echo|ekg|ecg|kub|eeg|egd|colonoscopy|by|between|to|through|f\/u|follow[- ]?up|appt|appointment|born|dob|drawn|collected|checked|done|obtained|sent|resulted|planned|scheduled|due|transferred|transfer|xfer|arrived|intubated|extubated|placed|removed|inserted|changed|${WEEKDAY_FULL}|${WEEKDAY_SHORT})\s*:?\s*$`, 'i');
/** Scores written as a pair ("APGARS 8/9", "GCS 3/15", "strength 4/5") right before an a/b. */
const SCORE_BEFORE = /\b(?:apgars?|gcs|tof|twitch(?:es)?|strength|str|motor|reflexes|dtrs?|pain|murmur|pulses?|ratio)\s*:?\s*$/i;
const PAIN_BEFORE = /\b(?:pain|discomfort|headache|ha)\b[^.;\n]{0,20}$/i;
const VENT_BEFORE = /\b(?:bipap|cpap|ps|peep|ipap|epap|simv|prvc|vent|settings?)\b[/\s:]*$/i;
const FOLLOW_UP_BEFORE = /\b(?:f\/u|follow[- ]?up|appt|appointment|rtc|return to clinic|transferred|admitted|discharged|presented|arrived)\b[^!?\n]*$/i;
const FRACTION_AFTER = /^[ \t]*(?:of|tabs?|tablets?|caps?|capsules?|strength|pain|pulses?|murmur|sets?|puffs?|sprays?|drops?|doses?|times|x|ns|nss|hs|amp|vials?|units?|ml|mg|mcg|cc|pts?|points?|criteria|score)\b/i;

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!;
}

/** Whether a/b can be a month and a day in either order (7/22, 22/7). */
export function couldBeMonthDay(a: number, b: number): boolean {
  return validMonthDay(a, b) || validMonthDay(b, a);
}

function push(spans: Span[], start: number, end: number, score: number): void {
  spans.push({ start, end, entity: 'DATE', score, detector: 'rules.date' });
}

/** True when a lower-case, ambiguous month word ("may", "mar", "jan") needs stronger evidence. */
function weakMonth(word: string): boolean {
  return /^(?:may|mar|jan|june?|july?|aug|dec|sept?)$/.test(word);
}

/**
 * "ON 2-19", "7-22 0600 PTT 48": month-day with a dash after a date cue or before a clock time,
 * never before a unit (doses, ranges). Once one is dated so, the note's other month-days with a
 * dash in that month (or a month another date names) are dates too ("7-22 to 7-23").
 */
function dashDates(text: string, spans: Span[]): void {
  const months = new Set(spans.map((s) => /^(\d{1,2})[/-]\d/.exec(text.slice(s.start, s.end))?.[1]).filter((m) => m !== undefined).map(Number));
  const waiting: { start: number; end: number; month: number }[] = [];
  regexAll(PARTIAL_DASH, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!validMonthDay(a, b)) return;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (UNIT_AFTER.test(after)) return;
    const end = m.index + m[0].length;
    const cued = DATE_CUE.test(before) || CLOCK_AFTER.test(after);
    // "REPAIR 3-1": a falling pair is no range, but it needs its cue.
    if (b <= a && !cued) return;
    if (cued) {
      months.add(a);
      push(spans, m.index, end, 0.8);
    } else waiting.push({ start: m.index, end, month: a });
  });
  for (const w of waiting) if (months.has(w.month)) push(spans, w.start, w.end, 0.7);
}

/** A 24-hour clock time right after ("7-22 0600"). */
const CLOCK_AFTER = /^[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?!\d)/;

/**
 * Whether a bare "a/b" at [start, end) reads as a fraction, not a month/day: small denominator or
 * a count word after it ("BCx 2/2", "5/5 strength", "2/3 of doses"), and no date cue before it.
 * The model gate uses the same test, so the model cannot overrule this documented policy.
 * @example partialIsFraction('BCx 2/2 GPC', 4, 7) // true
 */
export function partialIsFraction(text: string, start: number, end: number): boolean {
  return fractionReason(text, start, end) !== null;
}

/** Why an a/b is a fraction: its context says so, or only its shape (small, a <= b); null for none. */
function fractionReason(text: string, start: number, end: number): 'context' | 'shape' | null {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.slice(start, end));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // "PAIN DECR TO 2/10": a pain score out of 10, whatever cue word comes between.
  if (b === 10 && a <= 10 && PAIN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'context';
  // "GA 31 2/7 wk", "CGA 30 4/7": weeks and sevenths of a week.
  if (b === 7 && a < 7 && /\b\d{2}\s$/.test(text.slice(Math.max(0, start - 4), start))) return 'context';
  if (DATE_CUE.test(text.slice(Math.max(0, start - 24), start))) return null;
  // "BIPAP 12/5", "CPAP/PS 10/5": ventilator pressures.
  if (VENT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'context';
  // "last drink 1/5 PM", "4/2 @ 0800": a time of day after it makes it a day.
  if (TIME_AFTER.test(text.slice(end, end + 12))) return null;
  // "Cr 1.1 (3/2) -> 1.9 (3/5)": in brackets right after a value, it dates the value.
  if (/\d\s?\($/.test(text.slice(Math.max(0, start - 3), start)) && text[end] === ')') return null;
  if (SCORE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'context';
  if (FRACTION_AFTER.test(text.slice(end, end + 16))) return 'context';
  // "seen today 2/6 for f/u": a day word right before it, once no count word follows.
  if (/\b(?:today|tonight|yesterday|tomorrow)\s*:?\s*$/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  // "f/u in clinic with Dr. Mulcahy 4/4", "transferred to Flagstaff Medical Center 1/6": a
  // follow-up or a move earlier in the sentence.
  if (FOLLOW_UP_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return null;
  // "from Casa Grande Medical Center 02/03": a zero-padded month is written as a date, not a fraction.
  if (/^0\d\/\d\d$/.test(m[0])) return null;
  return (b <= 6 || b === 10 || b === 100) && a <= b ? 'shape' : null;
}

/**
 * Month/day dates. One that is a fraction only by its shape ("2/2", "5/5") is still a date when the
 * note dates other things in that month ("RUQ STAB 2/1, EX LAP 2/2, TAKEBACK 2/4").
 */
function partialDates(text: string, spans: Span[]): void {
  const months = new Set<number>();
  const byShape: { start: number; end: number }[] = [];
  regexAll(PARTIAL, text, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!couldBeMonthDay(a, b) || (a === 24 && b === 7)) return;
    const end = m.index + m[0].length;
    const fraction = fractionReason(text, m.index, end);
    if (fraction === 'shape') byShape.push({ start: m.index, end });
    if (fraction) return;
    months.add(a);
    const cued = DATE_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
    const range = /^\s?[-–]\s?(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/.exec(text.slice(end, end + 12));
    if (range && couldBeMonthDay(Number(range[1]), Number(range[2]))) {
      // "(2/14-2/18)": a range of two dates (the second is not matched on its own after the dash).
      const second = end + range[0].length - range[1]!.length - range[2]!.length - 1;
      push(spans, second, end + range[0].length, 0.85);
    } else if (/^\s*[-–]\s*\d/.test(text.slice(end, end + 16)) && !cued && !/^\s?[-–]\s?\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text.slice(end, end + 16))) return; // "1/2-1 tab" dose ranges ("10/27-11/2/11" is a stay)
    push(spans, m.index, end, cued ? 0.9 : 0.75);
  });
  for (const f of byShape) {
    const [a, b] = text.slice(f.start, f.end).split('/').map(Number) as [number, number];
    // Halves, thirds and quarters ("CRACKLES 1/2 UP", "TOF 1/4") stay fractions.
    if (months.has(a) && !(a === 1 && b <= 4)) push(spans, f.start, f.end, 0.7);
  }
}

/**
 * Finds dates in text. Scores: 0.95 for full dates, lower for partial m/d forms.
 * @example dateDetector.detect('Seen 7/22 and on Jan 3rd, 2021', ctx) // two DATE spans
 */
export const dateDetector: Detector = {
  id: 'rules.date',
  entities: ['DATE'],
  detect(text) {
    const spans: Span[] = [];
    regexAll(MONTH_FIRST, text, (m) => {
      const month = m[1]!;
      if (weakMonth(month) && month === month.toLowerCase() && !m[3] && !/\d(?:st|nd|rd|th)$/i.test(m[2]!)) return;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!m[3] && /^\s*(?:mg|mcg|ml|units?|tabs?|hours?|hrs?|days?|weeks?|mins?|minutes?|times|x\b|%)/i.test(after)) return;
      push(spans, m.index, m.index + m[0].length, 0.95);
    });
    regexAll(DAY_FIRST, text, (m) => {
      const month = m[2]!;
      const strong = /(?:st|nd|rd|th)$/i.test(m[1]!) || /\sof\s/i.test(m[0]) || !!m[3];
      if (weakMonth(month.toLowerCase()) && !strong && month === month.toLowerCase()) return;
      if (/^may$/i.test(month) && !strong) return;
      push(spans, m.index, m.index + m[0].length, 0.95);
    });
    regexAll(MONTH_YEAR, text, (m) => push(spans, m.index, m.index + m[0].length, 0.9));
    regexAll(MONTH_NAME, text, (m) => {
      if (/^(?:may|march)$/i.test(m[1]!)) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (!MONTH_CONTEXT.test(before)) return;
      }
      push(spans, m.index, m.index + m[0].length, 0.8);
    });
    regexAll(NUMERIC_FULL, text, (m) => {
      if (!couldBeMonthDay(Number(m[1]), Number(m[3]))) return;
      if (m[2] === '.' && m[4]!.length === 2 && !DATE_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) return;
      push(spans, m.index, m.index + m[0].length, 0.95);
    });
    regexAll(ISO, text, (m) => {
      if (validMonthDay(Number(m[3]), Number(m[4]))) push(spans, m.index, m.index + m[0].length, 0.95);
    });
    regexAll(COMPACT, text, (m) => push(spans, m.index, m.index + m[0].length, 0.7));
    regexAll(DAY_MONTH_JOINED, text, (m) => { if (validMonthDay(MONTH_NUMBER[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]))) push(spans, m.index, m.index + m[0].length, 0.9); });
    regexAll(MONTH_SLASH_YEAR, text, (m) => push(spans, m.index, m.index + m[0].length, 0.85));
    regexAll(MONTH_SHORT_YEAR, text, (m) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (SHORT_YEAR_CUE.test(before) && !VENT_BEFORE.test(before) && !/\b(?:vision|va|acuity|ratio)\b/i.test(before) && !FRACTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) push(spans, m.index, m.index + m[0].length, 0.75);
    });
    regexAll(HOLIDAY, text, (m) => push(spans, m.index, m.index + m[0].length, 0.8));
    regexAll(WEEKDAY, text, (m) => push(spans, m.index, m.index + m[0].length, 0.8));
    regexAll(WEEKDAY_SHORT_BEFORE_DATE, text, (m) => push(spans, m.index, m.index + m[0].trimEnd().length, 0.8));
    regexAll(ORDINAL_DAY, text, (m) => push(spans, m.index + m[0].length - m[1]!.length, m.index + m[0].length, 0.8));
    partialDates(text, spans);
    dashDates(text, spans);
    return spans;
  },
};

/**
 * Slot fillers of the corpus templates: PHI values in many written shapes (names, dates, IDs,
 * contacts, places, facilities) and hard negatives that look like PHI but are not (ages <= 89,
 * years, doses, vitals, scores, rooms, specialties after "Dr."). Each returns labelled segments.
 */
import { L, O, type Gen, type Seg } from './segments';
import * as V from './vocab';

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const digits = (g: Gen, n: number): string => Array.from({ length: n }, () => g.rng.int(0, 9)).join('');

const SYLLABLES = ['ka', 'lo', 'mi', 'zan', 'tor', 'bel', 'qui', 'ra', 'shen', 'dov', 'ul', 'ny', 'ek', 'vash', 'pim', 'gor', 'ta', 'lin', 'ost', 'fe', 'rud', 'xi', 'ja', 'wen', 'bra', 'dro'];
/** An invented name that no lexicon contains, so the model must use context. */
export function pseudoName(g: Gen): string {
  return cap(Array.from({ length: g.rng.int(2, 3) }, () => g.rng.pick(SYLLABLES)).join(''));
}

export function firstName(g: Gen): string {
  const r = g.rng.next();
  if (r < 0.06) return pseudoName(g);
  if (r < 0.12) return g.rng.pick(V.EXTRA_FIRST);
  if (r < 0.17) return g.rng.pick(V.NICKNAMES);
  return g.faker.person.firstName();
}
export function lastName(g: Gen): string {
  const r = g.rng.next();
  if (r < 0.07) return pseudoName(g);
  return r < 0.22 ? g.rng.pick(V.EXTRA_LAST) : g.faker.person.lastName();
}

/** A person's name in one of many shapes, labelled NAME piece by piece (punctuation inside). */
export function nameShapes(g: Gen, first: string, last: string, middle: string): Seg[] {
  const r = g.rng.int(0, 13);
  const N = (t: string): Seg => L('NAME', t);
  switch (r) {
    case 0: return [N(`${last}, ${first}`)];
    case 1: return [N(`${last.toUpperCase()}, ${first.toUpperCase()}`)];
    case 2: return [N(`${first[0]}. ${last}`)];
    case 3: return [N(`${last} ${first[0]}`)];
    case 4: return [N(`${first} ${last[0]}.`)];
    case 5: return [N(`${first} ${middle[0]}. ${last}`)];
    case 6: return [N(last)];
    case 7: return [N(first)];
    case 8: return [N(`${first.toLowerCase()} ${last.toLowerCase()}`)];
    case 9: return [N(`${first[0]}${last[0]}`)];
    case 10: return [N(`${last}, ${first} ${middle[0]}`)];
    default: return [N(`${first} ${last}`)];
  }
}

export const patient = (g: Gen): Seg[] => nameShapes(g, g.cast.ptFirst, g.cast.ptLast, g.cast.ptMiddle);
export const ptFirst = (g: Gen): Seg[] => [L('NAME', g.cast.ptFirst)];
export const ptLast = (g: Gen): Seg[] => [L('NAME', g.cast.ptLast)];
export const ptShort = (g: Gen): Seg[] => [L('NAME', g.rng.chance(0.5) ? `${g.cast.ptFirst} ${g.cast.ptLast[0]}.` : `${g.cast.ptFirst[0]}.${g.cast.ptLast[0]}.`)];

function doctorPair(g: Gen): [string, string] {
  return g.rng.chance(0.6) ? g.rng.pick(g.cast.drs) : [firstName(g), lastName(g)];
}

/** A clinician with a title: "Dr. Smith", "DR SMITH", "Smith, MD", "Dr. J. Smith", "Jane Smith, NP". */
export function doctor(g: Gen): Seg[] {
  const [f, l] = doctorPair(g);
  const r = g.rng.int(0, 9);
  if (r === 0) return [O('Dr. '), L('NAME', l)];
  if (r === 1) return [O('DR '), L('NAME', l.toUpperCase())];
  if (r === 2) return [L('NAME', `${f} ${l}`), O(g.rng.pick([', MD', ', M.D.', ' MD', ', DO', ', NP', ', PA-C', ', RN']))];
  if (r === 3) return [O('Dr. '), L('NAME', `${f[0]}. ${l}`)];
  if (r === 4) return [O('Dr '), L('NAME', `${f} ${l}`)];
  if (r === 5) return [O('dr. '), L('NAME', l.toLowerCase())];
  if (r === 6) return [O('Dr. '), L('NAME', `${l}`)];
  if (r === 7) return [L('NAME', `${l}, ${f[0]}`), O(g.rng.pick([' MD', ' (cardiology)', ' (fellow)', '']))];
  if (r === 8) return [O(g.rng.pick(['NP ', 'PA ', 'RN ', 'Nurse '])), L('NAME', g.rng.chance(0.5) ? f : `${f} ${l[0]}.`)];
  return [O('Dr. '), L('NAME', `${f} ${l}`)];
}
/** A clinician's bare surname or first name (the template supplies "seen by", "d/w"...). */
export const drBare = (g: Gen): Seg[] => {
  const [f, l] = doctorPair(g);
  return [L('NAME', g.rng.chance(0.7) ? l : `${f} ${l}`)];
};
export const nurse = (g: Gen): Seg[] => [L('NAME', g.rng.chance(0.6) ? firstName(g) : `${firstName(g)} ${lastName(g)[0]}.`)];
export const relative = (g: Gen): Seg[] => [O(`${g.rng.pick(V.RELATIVES)} `), L('NAME', g.rng.chance(0.8) ? g.cast.rel : `${g.cast.rel} ${lastName(g)}`)];
export const anyName = (g: Gen): Seg[] => nameShapes(g, firstName(g), lastName(g), firstName(g));

/** Dates in every written form (all PHI: any element more specific than the year). */
export function date(g: Gen): Seg[] {
  const y = g.rng.int(1935, 2026);
  const m = g.rng.int(1, 12);
  const d = g.rng.int(1, 28);
  const mon = V.MONTHS[m - 1]!;
  const sh = V.MONTHS_SHORT[Math.min(m - 1 + (m > 9 ? 1 : 0), 12)]!;
  const ord = d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
  const forms = [
    `${m}/${d}`, `${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${y}-${pad(m)}-${pad(d)}`,
    `${mon} ${d}, ${y}`, `${sh} ${d}`, `${sh} ${d}, ${y}`, `${d} ${mon}`, `${d} ${mon} ${y}`, `${pad(d)}-${sh.toUpperCase()}-${y}`,
    `${sh} ${d}${ord}`, `the ${d}${ord} of ${mon}`, `${mon} ${d}${ord}`, `${m}-${d}-${y}`, `${pad(m)}.${pad(d)}.${y}`,
    `${mon} ${y}`, `${m}/${y}`, `${pad(d)}/${pad(m)}/${y}`, `${m}/${d}`, `${sh}. ${d}`, `${pad(m)}${pad(d)}${String(y).slice(2)}`,
  ];
  return [L('DATE', g.rng.pick(forms))];
}
export const shortDate = (g: Gen): Seg[] => [L('DATE', `${g.rng.int(1, 12)}/${g.rng.int(1, 31)}`)];

export function ageOk(g: Gen): Seg[] {
  const a = g.rng.int(18, 89);
  return [O(g.rng.pick([`${a}`, `${a} yo`, `${a}yo`, `${a}-year-old`, `${a} y/o`, `${a}F`, `${a}M`, `${a} year old`, `age ${a}`, `${a}yo F`]))];
}
export function ageOld(g: Gen): Seg[] {
  const a = String(g.rng.int(90, 104));
  const r = g.rng.int(0, 5);
  if (r === 0) return [L('AGE', a), O(' yo')];
  if (r === 1) return [L('AGE', a), O('-year-old')];
  if (r === 2) return [L('AGE', `${a}${g.rng.pick(['F', 'M', 'yo'])}`)];
  if (r === 3) return [O('age '), L('AGE', a)];
  if (r === 4) return [L('AGE', a), O(' y/o')];
  return [L('AGE', a), O(' year old')];
}

export function mrn(g: Gen): Seg[] {
  const forms = [digits(g, 8), `${digits(g, 4)}-${digits(g, 4)}`, `${digits(g, 3)}-${digits(g, 2)}-${digits(g, 2)}`, `MR${digits(g, 7)}`,
    `${digits(g, 7)}`, `00${digits(g, 6)}`, `E${digits(g, 9)}`, `${digits(g, 2)}-${digits(g, 6)}`];
  return [L('MRN', g.rng.pick(forms))];
}
export function idNum(g: Gen): Seg[] {
  const L3 = () => String.fromCharCode(65 + g.rng.int(0, 25));
  const forms = [`${L3()}${L3()}${L3()}${digits(g, 9)}`, `${digits(g, 10)}`, `${L3()}${digits(g, 7)}`, `${digits(g, 4)}-${digits(g, 4)}-${digits(g, 4)}`,
    `${L3()}${L3()}-${digits(g, 6)}`, `W${digits(g, 8)}`, `${digits(g, 12)}`, `${L3()}${digits(g, 3)}-${digits(g, 3)}-${digits(g, 3)}`];
  return [L('ID', g.rng.pick(forms))];
}
export const ssn = (g: Gen): Seg[] => [L('SSN', g.rng.chance(0.8) ? `${digits(g, 3)}-${digits(g, 2)}-${digits(g, 4)}` : digits(g, 9))];
export function phone(g: Gen): Seg[] {
  const a = `${g.rng.int(2, 9)}${digits(g, 2)}`, b = `${g.rng.int(2, 9)}${digits(g, 2)}`, c = digits(g, 4);
  const forms = [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `+1 ${a}-${b}-${c}`, `${b}-${c}`, `x${digits(g, 4)}`, g.faker.phone.number()];
  return [L('PHONE', g.rng.pick(forms))];
}
export const pager = (g: Gen): Seg[] => [L('PHONE', g.rng.pick([digits(g, 5), `${digits(g, 1)}-${digits(g, 4)}`, `#${digits(g, 4)}`]))];
export const email = (g: Gen): Seg[] => [L('EMAIL', g.faker.internet.email({ firstName: g.cast.ptFirst, lastName: g.rng.chance(0.5) ? g.cast.ptLast : undefined }).toLowerCase())];
export const url = (g: Gen): Seg[] => [L('URL', g.rng.chance(0.5) ? g.faker.internet.url() : g.faker.internet.domainName())];
export const ip = (g: Gen): Seg[] => [L('IP', g.rng.chance(0.85) ? g.faker.internet.ipv4() : g.faker.internet.ipv6())];
export const zip = (g: Gen): Seg[] => [L('ZIP', g.rng.chance(0.8) ? digits(g, 5) : `${digits(g, 5)}-${digits(g, 4)}`)];
/** A city: a real one from the engine's city lexicon half the time, else Faker's. */
export function cityName(g: Gen): string {
  if (g.places.length && g.rng.chance(0.5)) return g.places[g.rng.int(0, g.places.length - 1)]!.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return g.faker.location.city();
}
export const city = (g: Gen): Seg[] => [L('LOCATION', cityName(g))];
export const street = (g: Gen): Seg[] => [L('ADDRESS', g.faker.location.streetAddress(g.rng.chance(0.3)))];
export function address(g: Gen): Seg[] {
  const st = g.faker.location.state({ abbreviated: g.rng.chance(0.7) });
  const sep = g.rng.chance(0.3) ? '\n' : ', ';
  return [L('ADDRESS', `${g.faker.location.streetAddress(g.rng.chance(0.3))}${sep}${cityName(g)}, ${st} ${g.faker.location.zipCode()}`)];
}
export const company = (g: Gen): Seg[] => [L('ORGANIZATION', g.faker.company.name())];

/** A facility name: "Methodist Hospital", "ST. MARY'S MC", "Oak Hill Nursing Home", "QUARTERMAIN". */
export function facility(g: Gen): Seg[] {
  const r = g.rng.int(0, 7);
  const sfx = g.rng.pick(V.FACILITY_SUFFIX);
  let name: string;
  if (r <= 1) name = `${g.rng.pick(V.FACILITY_PREFIX)} ${sfx}`;
  else if (r === 2) name = `${g.rng.pick(['St.', 'Saint', 'St'])} ${g.rng.chance(0.5) ? g.faker.person.firstName() : lastName(g)}'s ${sfx}`;
  else if (r === 3) name = `${cityName(g)} ${sfx}`;
  else if (r === 4) name = `${lastName(g)} ${sfx}`;
  else if (r === 5) name = `${cityName(g)}`;
  else if (r === 6) name = g.rng.pick(V.FACILITY_PREFIX);
  else name = `${lastName(g)}-${g.faker.location.city()} ${sfx}`;
  return [L('LOCATION', name)];
}

// ---- hard negatives (label O) ----
const o = (s: string): Seg[] => [O(s)];
export const drug = (g: Gen): Seg[] => o(g.rng.pick(V.DRUGS));
export const dose = (g: Gen): Seg[] => o(`${g.rng.pick(V.DRUGS)} ${g.rng.pick(['5', '10', '20', '40', '0.5', '1', '2', '250', '500', '1000', '12.5', '81', '325'])} ${g.rng.pick(['mg', 'mcg', 'g', 'units', 'mEq', 'mL', 'mg/kg', 'mcg/min'])} ${g.rng.pick(['PO', 'IV', 'SQ', 'daily', 'BID', 'q6h', 'q8h PRN', 'qHS', 'x1', 'TID', ''])}`.trim());
export const vitals = (g: Gen): Seg[] => o(g.rng.pick([
  `BP ${g.rng.int(80, 190)}/${g.rng.int(40, 110)}`, `HR ${g.rng.int(40, 150)}`, `T ${g.rng.int(35, 40)}.${g.rng.int(0, 9)}`, `RR ${g.rng.int(10, 36)}`,
  `SpO2 ${g.rng.int(84, 100)}% on ${g.rng.int(1, 6)}L NC`, `MAP ${g.rng.int(50, 110)}`, `${g.rng.int(90, 180)}/${g.rng.int(50, 100)}`, `Tmax ${g.rng.int(98, 103)}.${g.rng.int(0, 9)}`,
  `wt ${g.rng.int(40, 140)} kg`, `I/O ${g.rng.int(500, 3000)}/${g.rng.int(300, 2500)}`, `UOP ${g.rng.int(10, 200)} cc/hr`, `FiO2 ${g.rng.int(21, 100)}% PEEP ${g.rng.int(5, 15)}`,
]));
export const lab = (g: Gen): Seg[] => o(g.rng.pick([
  `WBC ${g.rng.int(2, 30)}.${g.rng.int(0, 9)}`, `Hgb ${g.rng.int(6, 16)}.${g.rng.int(0, 9)}`, `Plt ${g.rng.int(20, 450)}`, `Na ${g.rng.int(120, 150)}`,
  `K ${g.rng.int(2, 6)}.${g.rng.int(0, 9)}`, `Cr ${g.rng.int(0, 6)}.${g.rng.int(0, 9)}`, `BUN ${g.rng.int(5, 90)}`, `INR ${g.rng.int(1, 4)}.${g.rng.int(0, 9)}`,
  `lactate ${g.rng.int(0, 9)}.${g.rng.int(0, 9)}`, `trop ${g.rng.int(0, 9)}.0${g.rng.int(1, 9)}`, `A1c ${g.rng.int(5, 13)}.${g.rng.int(0, 9)}%`, `TSH ${g.rng.int(0, 9)}.${g.rng.int(0, 99)}`,
  `${g.rng.int(120, 150)} | ${g.rng.int(90, 110)} | ${g.rng.int(5, 60)} / ${g.rng.int(2, 6)}.${g.rng.int(0, 9)} | ${g.rng.int(18, 32)} | ${g.rng.int(0, 5)}.${g.rng.int(0, 9)}`,
  `ABG 7.${g.rng.int(10, 49)}/${g.rng.int(25, 80)}/${g.rng.int(50, 300)}`, `BNP ${g.rng.int(50, 5000)}`, `LDL ${g.rng.int(40, 220)}`,
]));
export const score = (g: Gen): Seg[] => o(g.rng.pick([`GCS ${g.rng.int(3, 15)}`, `RASS ${g.rng.int(-5, 2)}`, `pain ${g.rng.int(0, 10)}/10`, `NIHSS ${g.rng.int(0, 25)}`,
  `CHA2DS2-VASc ${g.rng.int(0, 9)}`, `APACHE II ${g.rng.int(5, 40)}`, `SOFA ${g.rng.int(0, 15)}`, `EF ${g.rng.int(10, 70)}%`, `Braden ${g.rng.int(6, 23)}`, `MMSE ${g.rng.int(10, 30)}/30`,
  `PHQ-9 ${g.rng.int(0, 27)}`, `CURB-65 ${g.rng.int(0, 5)}`, `HAS-BLED ${g.rng.int(0, 6)}`, `ECOG ${g.rng.int(0, 4)}`, `Morse ${g.rng.int(0, 125)}`, `${g.rng.int(1, 3)}+ pitting edema`]));
export const eponym = (g: Gen): Seg[] => o(g.rng.pick(V.EPONYMS));
export const abbr = (g: Gen): Seg[] => o(g.rng.pick(V.ABBREVS));
export const abbrs = (g: Gen): Seg[] => o(Array.from({ length: g.rng.int(2, 5) }, () => g.rng.pick(V.ABBREVS)).join(g.rng.pick([' ', ', ', '; ', ' / '])));
export const specialty = (g: Gen): Seg[] => o(g.rng.pick(V.SPECIALTIES));
export const sx = (g: Gen): Seg[] => o(g.rng.pick(V.SYMPTOMS));
export const dx = (g: Gen): Seg[] => o(g.rng.pick(V.DIAGNOSES));
export const proc = (g: Gen): Seg[] => o(g.rng.pick(V.PROCEDURES));
export const unit = (g: Gen): Seg[] => o(g.rng.pick(V.UNITS));
export const room = (g: Gen): Seg[] => o(g.rng.pick([`Rm ${g.rng.int(100, 999)}`, `room ${g.rng.int(1, 40)}`, `bed ${g.rng.int(1, 30)}`, `Bed ${g.rng.int(1, 12)}${g.rng.pick(['A', 'B'])}`, `RM ${g.rng.int(1, 20)}-${g.rng.int(1, 4)}`, `bay ${g.rng.int(1, 20)}`]));
export const year = (g: Gen): Seg[] => o(String(g.rng.int(1960, 2026)));
export const time = (g: Gen): Seg[] => o(g.rng.pick([`${pad(g.rng.int(0, 23))}${pad(g.rng.int(0, 59))}`, `${g.rng.int(1, 12)}:${pad(g.rng.int(0, 59))} ${g.rng.pick(['am', 'pm', 'AM', 'PM'])}`, `${pad(g.rng.int(0, 23))}:${pad(g.rng.int(0, 59))}`, `${g.rng.int(1, 12)}${g.rng.pick(['a', 'p', 'am', 'pm'])}`]));
export const ratio = (g: Gen): Seg[] => o(g.rng.pick([`${g.rng.int(1, 3)}/${g.rng.int(3, 4)} of doses`, `${g.rng.int(1, 5)}/5 strength`, `${g.rng.int(1, 4)}/4 reflexes`, `${g.rng.int(1, 6)}/6 murmur`, `${g.rng.int(1, 10)}/10`, `x${g.rng.int(2, 4)}`, `${g.rng.int(1, 3)}/3 bottles`]));
export const weekday = (g: Gen): Seg[] => o(g.rng.pick(V.WEEKDAYS));
export const country = (g: Gen): Seg[] => o(g.faker.location.country());
export const state = (g: Gen): Seg[] => o(g.faker.location.state());
export const dur = (g: Gen): Seg[] => o(g.rng.pick([`x${g.rng.int(2, 14)} days`, `for ${g.rng.int(2, 10)} weeks`, `${g.rng.int(1, 12)} months ago`, `${g.rng.int(2, 30)} yrs`, `since ${g.rng.int(1970, 2024)}`, `POD ${g.rng.int(0, 10)}`, `HD ${g.rng.int(1, 20)}`, `day ${g.rng.int(1, 14)}`]));
export const negPhrase = (g: Gen): Seg[] => o(g.rng.pick(V.NEG_PHRASES).replace('{drug}', g.rng.pick(V.DRUGS)));
export const nameWord = (g: Gen): Seg[] => o(g.rng.pick(V.NAME_LIKE_WORDS));
export const cap1 = cap;

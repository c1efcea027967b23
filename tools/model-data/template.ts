/**
 * Template expansion: `{slot}` -> filler segments, `[a|b|c]` -> one plain alternative.
 * Unknown slots throw, so a typo in a template can never silently produce unlabelled PHI.
 */
import * as F from './fillers';
import { O, type Casing, type Gen, type Seg } from './segments';
import * as V from './vocab';

export interface Family {
  id: string;
  genre: string;
  /** Native casing of the family before the document-level casing transform. */
  casing: Casing;
  templates: string[];
}

type Filler = (g: Gen) => Seg[];

const SLOTS: Record<string, Filler> = {
  patient: F.patient, ptFirst: F.ptFirst, ptLast: F.ptLast, ptShort: F.ptShort,
  ptLF: (g) => [{ text: `${g.cast.ptLast.toUpperCase()}, ${g.cast.ptFirst.toUpperCase()}${g.rng.chance(0.3) ? ` ${g.cast.ptMiddle[0]!.toUpperCase()}` : ''}`, label: 'NAME' }],
  ptFirstRel: (g) => [{ text: g.cast.rel, label: 'NAME' }],
  doctor: F.doctor, drBare: F.drBare, nurse: F.nurse, relative: F.relative, anyName: F.anyName,
  drBareTitle: (g) => [O(g.rng.pick(['DR ', 'Dr. ', 'DR. ', 'dr '])), ...F.drBare(g)],
  anyFirst: (g) => [{ text: F.firstName(g), label: 'NAME' }],
  nick: (g) => [{ text: g.rng.pick(V.NICKNAMES), label: 'NAME' }],
  relativeRole: (g) => [O(g.rng.pick(V.RELATIVES))],
  date: F.date, shortDate: F.shortDate, ageOk: F.ageOk, ageOld: F.ageOld,
  mrn: F.mrn, idNum: F.idNum, ssn: F.ssn, phone: F.phone, pager: F.pager, email: F.email, url: F.url, ip: F.ip,
  zip: F.zip, city: F.city, street: F.street, address: F.address, company: F.company, facility: F.facility,
  drug: F.drug, dose: F.dose, vitals: F.vitals, lab: F.lab, score: F.score, eponym: F.eponym, abbr: F.abbr,
  abbrs: F.abbrs, specialty: F.specialty, specialtyCap: (g) => [O(F.cap1(g.rng.pick(V.SPECIALTIES)))],
  sx: F.sx, dx: F.dx, proc: F.proc, unit: F.unit, room: F.room, year: F.year, time: F.time, ratio: F.ratio,
  weekday: F.weekday, country: F.country, state: F.state, dur: F.dur, negPhrase: F.negPhrase, nameWord: F.nameWord,
  int: (g) => [O(String(g.rng.int(1, 30)))], sex: (g) => [O(g.rng.pick(['F', 'M', 'Female', 'Male']))],
};

const TOKEN = /\{(\w+)\}|\[([^\]]*)\]/g;

/** Expands one template into labelled segments. Throws on an unknown slot name. */
export function expand(template: string, g: Gen): Seg[] {
  const out: Seg[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    if (m.index! > last) out.push(O(template.slice(last, m.index)));
    if (m[1]) {
      const fill = SLOTS[m[1]];
      if (!fill) throw new Error(`unknown template slot: ${m[1]}`);
      out.push(...fill(g));
    } else {
      out.push(O(g.rng.pick(m[2]!.split('|'))));
    }
    last = m.index! + m[0].length;
  }
  if (last < template.length) out.push(O(template.slice(last)));
  return out;
}

/** Checks every template of every family expands (used by the generator's test). */
export function slotNames(): string[] {
  return Object.keys(SLOTS);
}

/**
 * Document-level corpus generation: each document mixes sections from several genres' template
 * families, with one recurring cast, one English Faker locale and a random casing transform.
 * Invariant: a document draws only from the families of its split (train or held-out), so
 * held-out metrics measure unseen templates, not memorised ones.
 */
import { fakerEN_AU, fakerEN_CA, fakerEN_GB, fakerEN_IE, fakerEN_IN, fakerEN_US, fakerEN_ZA, type Faker } from '@faker-js/faker';
import { NOTE_FAMILIES } from './families-notes';
import { EXTRA_FAMILIES } from './families-extra';
import { NEG_FAMILIES } from './families-neg';
import { OTHER_FAMILIES } from './families-other';
import { firstName, lastName } from './fillers';
import { applyCasing, render, Rng, type Casing, type Gen, type ModelLabel, type Seg } from './segments';
import { expand, type Family } from './template';

export const ALL_FAMILIES: Family[] = [...NOTE_FAMILIES, ...OTHER_FAMILIES, ...EXTRA_FAMILIES, ...NEG_FAMILIES];
/** Families never used for training: the held-out evaluation split. */
export const HELDOUT_FAMILIES = new Set([
  'icu.b', 'nursing.b', 'progress.b', 'discharge.b', 'radiology.b', 'query.b', 'referral.b', 'social.b', 'message.b', 'neg.b',
  'handoff.b', 'hospcourse.b', 'radiology.c',
]);
const FAKERS: Faker[] = [fakerEN_US, fakerEN_US, fakerEN_GB, fakerEN_AU, fakerEN_CA, fakerEN_IE, fakerEN_IN, fakerEN_ZA];

export interface Doc {
  text: string;
  spans: { start: number; end: number; label: ModelLabel }[];
  /** Characters per genre in this document. */
  genreChars: Record<string, number>;
  families: string[];
}

function newCast(g: Gen): Gen['cast'] {
  return {
    ptFirst: firstName(g), ptLast: lastName(g), ptMiddle: firstName(g), rel: firstName(g),
    drs: [[firstName(g), lastName(g)], [firstName(g), lastName(g)], [firstName(g), lastName(g)]],
  };
}

function pickCasing(rng: Rng): Casing | 'section' {
  const r = rng.next();
  return r < 0.5 ? 'asis' : r < 0.72 ? 'upper' : r < 0.82 ? 'lower' : 'section';
}

/**
 * Generates one document for a split.
 * @example generateDoc(42, 'train').text.length > 0
 */
export function generateDoc(seed: number, split: 'train' | 'heldout', places: readonly string[] = []): Doc {
  const rng = new Rng(seed);
  const faker = FAKERS[rng.int(0, FAKERS.length - 1)]!;
  faker.seed(rng.int(1, 2 ** 30));
  const g: Gen = { rng, faker, places, cast: { ptFirst: '', ptLast: '', ptMiddle: '', rel: '', drs: [['', ''], ['', ''], ['', '']] } };
  g.cast = newCast(g);
  const families = ALL_FAMILIES.filter((f) => HELDOUT_FAMILIES.has(f.id) === (split === 'heldout'));
  const queries = families.filter((f) => f.genre === 'query');
  const negs = families.filter((f) => f.genre === 'clinical');
  const docCasing = pickCasing(rng);
  const isQuery = rng.chance(0.3);
  const nSections = isQuery ? rng.int(1, 2) : rng.int(3, 12);
  const segs: Seg[] = [];
  const genreChars: Record<string, number> = {};
  const used: string[] = [];
  for (let s = 0; s < nSections; s++) {
    const fam = isQuery ? rng.pick(queries) : rng.chance(0.45) ? rng.pick(negs) : rng.pick(families);
    used.push(fam.id);
    let casing: Casing = docCasing === 'section' ? rng.pick(['asis', 'upper', 'lower', 'sentence'] as const) : docCasing;
    if (casing === 'asis' && fam.casing !== 'asis') casing = fam.casing;
    const nT = isQuery ? 1 : rng.int(1, Math.min(4, fam.templates.length));
    const before = segs.reduce((n, x) => n + x.text.length, 0);
    for (let t = 0; t < nT; t++) {
      for (const seg of expand(rng.pick(fam.templates), g)) segs.push({ text: applyCasing(seg.text, casing), label: seg.label });
      if (t < nT - 1) segs.push({ text: rng.pick([' ', '\n', '  ', ' ']), label: 'O' });
    }
    const after = segs.reduce((n, x) => n + x.text.length, 0);
    genreChars[fam.genre] = (genreChars[fam.genre] ?? 0) + after - before;
    if (s < nSections - 1) segs.push({ text: rng.pick(['\n\n', '\n', ' ', '\r\n']), label: 'O' });
  }
  const { text, spans } = render(segs);
  return { text, spans, genreChars, families: used };
}

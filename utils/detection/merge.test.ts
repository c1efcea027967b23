import { describe, expect, it } from 'vitest';
import { joinNameParts, joinPlaceIn, mergeSpans, widenToWords } from './merge';
import type { EntityType, Span } from './types';

const s = (start: number, end: number, entity: EntityType, score = 0.5, detector = 'd'): Span => ({ start, end, entity, score, detector });
const view = (spans: Span[]) => spans.map((x) => `${x.start}-${x.end}:${x.entity}`);

describe('mergeSpans', () => {
  it.each<[string, Span[], string[]]>([
    ['empty', [], []],
    ['identical: higher score wins', [s(0, 5, 'NAME', 0.6), s(0, 5, 'LOCATION', 0.9)], ['0-5:LOCATION']],
    ['identical, equal score: type priority wins', [s(0, 5, 'NAME'), s(0, 5, 'DATE')], ['0-5:DATE']],
    ['contained: the longer span labels the union', [s(0, 10, 'LOCATION'), s(2, 4, 'NAME', 0.99)], ['0-10:LOCATION']],
    ['crossing: union, longest labels', [s(0, 5, 'NAME'), s(3, 12, 'ADDRESS')], ['0-12:ADDRESS']],
    ['adjacent spans stay separate', [s(0, 5, 'NAME'), s(5, 9, 'NAME')], ['0-5:NAME', '5-9:NAME']],
    ['chain of overlaps is one span', [s(0, 4, 'NAME'), s(3, 8, 'NAME'), s(7, 20, 'DATE')], ['0-20:DATE']],
    ['document order regardless of input order', [s(10, 12, 'ZIP'), s(0, 2, 'AGE')], ['0-2:AGE', '10-12:ZIP']],
    ['empty spans dropped', [s(3, 3, 'NAME')], []],
  ])('%s', (_, input, expected) => {
    expect(view(mergeSpans(input))).toEqual(expected);
  });

  it('keeps the highest score and never mutates its input', () => {
    const input = [s(0, 5, 'NAME', 0.4), s(2, 9, 'DATE', 0.8)];
    const copy = JSON.parse(JSON.stringify(input));
    const out = mergeSpans(input);
    expect(out[0]!.score).toBe(0.8);
    expect(input).toEqual(copy);
  });
});

describe('joinPlaceIn', () => {
  const span = (start: number, end: number, entity: Span['entity']): Span => ({ start, end, entity, score: 0.8, detector: 'test' });
  it('joins "<place> in <place>" into one place and leaves other neighbours alone', () => {
    const text = 'St. Joseph Hospital in Chicago; Dr. Lee in Boston';
    const joined = joinPlaceIn(text, [span(0, 19, 'ORGANIZATION'), span(23, 30, 'LOCATION'), span(32, 39, 'NAME'), span(43, 49, 'LOCATION')]);
    expect(joined.map((s) => `${s.entity}:${text.slice(s.start, s.end)}`)).toEqual(['LOCATION:St. Joseph Hospital in Chicago', 'NAME:Dr. Lee', 'LOCATION:Boston']);
  });

  it('joins "<place> at <place>" too, never a person and a place', () => {
    const text = 'Heart Center at Lawrence General; Dr. Lee at Mercy';
    const joined = joinPlaceIn(text, [span(0, 12, 'LOCATION'), span(16, 32, 'ORGANIZATION'), span(34, 41, 'NAME'), span(45, 50, 'LOCATION')]);
    expect(joined.map((s) => `${s.entity}:${text.slice(s.start, s.end)}`)).toEqual(['LOCATION:Heart Center at Lawrence General', 'NAME:Dr. Lee', 'LOCATION:Mercy']);
  });

  it.each<[string, string, string]>([
    ["at st. luke's in boise", "luke's", "st. luke's"],
    ["IVIG at Children's Mercy Kansas City on 7/21", 'Mercy Kansas City', "Children's Mercy Kansas City"],
    ['Mt. Auburn Hospital', 'Auburn Hospital', 'Mt. Auburn Hospital'],
    ['1st Boston visit', 'Boston', 'Boston'],
    ['PT TRANSFERRED TO FINARD 4 @1630', 'FINARD', 'FINARD 4'],
    ['?TRANSFER TO FARR 10 IF OK W/ EP', 'FARR', 'FARR 10'],
    ['CAME FROM BOSTON 2 WKS AGO', 'BOSTON', 'BOSTON'],
    ['LIVES IN QUINCY 2 MILES AWAY', 'QUINCY', 'QUINCY'],
  ])('%j: a place takes the saint or "Children\'s" word before it', (text, part, want) => {
    const at = text.indexOf(part);
    const [one] = joinPlaceIn(text, [span(at, at + part.length, 'LOCATION')]);
    expect(text.slice(one!.start, one!.end)).toBe(want);
  });
});

describe('widenToWords', () => {
  const at = (text: string, part: string, entity: EntityType = 'NAME') => s(text.indexOf(part), text.indexOf(part) + part.length, entity);
  it.each<[string, string, string[]]>([
    ["Szczepańska's killers", 'Szczepańska', ["Szczepańska's"]],
    ["seen by O'Neil today", 'Neil', ["O'Neil"]],
    ['MRN12345 on file', '12345', ['MRN12345']],
    ['Smith-Jones called', 'Smith', ['Smith-Jones']],
    ['son Jae-won visited', 'Jae', ['Jae-won']],
    ['DIL MI-RAE IN FORT LEE', 'RAE', ['MI-RAE']],
    ['Smith-like rash', 'Smith', ['Smith']],
    ['whole words stay as they are', 'words', ['words']],
  ])('%j with %j masked -> %j', (text, part, want) => {
    expect(widenToWords(text, [at(text, part)]).map((x) => text.slice(x.start, x.end))).toEqual(want);
  });

  it('merges spans that widening makes overlap', () => {
    const text = "O'Neil's";
    expect(view(widenToWords(text, [s(0, 1, 'NAME'), s(2, 6, 'NAME')]))).toEqual(['0-8:NAME']);
  });
});

describe('joinNameParts', () => {
  const words = (text: string, parts: string[]) => parts.map((p) => s(text.indexOf(p), text.indexOf(p) + p.length, 'NAME'));
  it.each<[string, string[], string[]]>([
    ['Have you seen Ravil G Yefimov lately', ['Ravil', 'Yefimov'], ['Ravil G Yefimov']],
    ['Kate M. Begum', ['Kate', 'Begum'], ['Kate M. Begum']],
    ['Kevin Veitonen II, and Brosca', ['Kevin Veitonen', 'Brosca'], ['Kevin Veitonen II', 'Brosca']],
    ['JOHN SMITH JR AT BEDSIDE', ['JOHN SMITH'], ['JOHN SMITH JR']],
    ['cellulitis in Ngozi E. (42F, PCN allergy)', ['Ngozi'], ['Ngozi E.']],
    ['cultures per Jones E. coli grew', ['Jones'], ['Jones']],
    ['Smith and Jones', ['Smith', 'Jones'], ['Smith', 'Jones']],
    ['Smith saw a Jones', ['Smith', 'Jones'], ['Smith', 'Jones']],
    ['pt maria g 67f w/ chf', ['maria'], ['maria g']],
    ['pt is sofia h, preE w/ severe features', ['sofia'], ['sofia h']],
    ['Jorge M 45M with CAP', ['Jorge'], ['Jorge M']],
    ['saw maria a week ago', ['maria'], ['maria']],
    ['Anesthesiologist: Wen-Hsiang Liu, MD', ['Hsiang Liu'], ['Wen-Hsiang Liu']],
    ['Rosa Delgado-Martinez at Sunrise', ['Rosa Delgado'], ['Rosa Delgado-Martinez']],
    ['Smith-2 and x-Ray', ['Smith'], ['Smith']],
  ])('%j', (text, parts, want) => {
    expect(joinNameParts(text, words(text, parts)).map((x) => text.slice(x.start, x.end))).toEqual(want);
  });

  it('joins an initial to the name before it, never to another type after it', () => {
    const text = 'Smith J 7/22';
    expect(view(joinNameParts(text, [s(0, 5, 'NAME'), s(8, 12, 'DATE')]))).toEqual(['0-7:NAME', '8-12:DATE']);
  });
});

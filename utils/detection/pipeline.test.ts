import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../tools/node-assets';
import { createDenyDetector } from './detectors/deny';
import { commaNameParts, expandNames, givenNamesBeforeSurnames, nicknamesAfterNames, quotedNicknames, surnamesAfterGivenNames } from './expand';
import { loadLexicons, type Lexicons } from './lexicons/index';
import { applyAllowList, runPipeline } from './pipeline';
import { activeDetectors, enabledSpans } from './registry';
import { ENTITY_TYPES, type Detector, type Span } from './types';

let lex: Lexicons;
beforeAll(async () => { lex = await loadLexicons(nodeAssets()); });

const span = (text: string, value: string, entity: Span['entity'] = 'NAME', detector = 't'): Span => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, entity, score: 0.9, detector };
};
const texts = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('expandNames', () => {
  it('masks every repeat of a found name token, in any case', () => {
    const text = 'Dr. Quillfeather saw pt. QUILLFEATHER aware; quillfeather to call.';
    expect(texts(text, expandNames(text, [span(text, 'Dr. Quillfeather')], lex))).toEqual(['Quillfeather', 'QUILLFEATHER', 'quillfeather']);
  });
  it('expands safe-list words only in the casing found, and not eponym uses', () => {
    const text = "Dr. Parkinson reviewed Parkinson's disease; brown sputum, Brown aware";
    const found = [span(text, 'Dr. Parkinson'), span(text, 'Brown aware'.slice(0, 5))];
    expect(texts(text, expandNames(text, found, lex))).toEqual(['Parkinson', 'Brown']);
  });
});

describe('registry', () => {
  const d = (id: string, entities: Span['entity'][]): Detector => ({ id, entities, detect: () => [] });
  it('keeps a detector while any of its types is enabled', () => {
    const all = [d('a', ['DATE']), d('b', ['PHONE', 'FAX']), d('c', ['NAME'])];
    expect(activeDetectors(all, ['FAX', 'NAME']).map((x) => x.id)).toEqual(['b', 'c']);
  });
  it('drops spans of disabled types', () => {
    const text = 'call 555 on 7/22';
    expect(enabledSpans([span(text, '555', 'PHONE'), span(text, '7/22', 'DATE')], ['DATE']).map((s) => s.entity)).toEqual(['DATE']);
  });
});

describe('surnamesAfterGivenNames', () => {
  it.each<[string, string, string[]]>([
    ["pt is jane doe's mom", 'jane', ['jane doe']],
    ['called john brown today', 'john', ['john brown']],
    ['PCP: Dr. Will Bishop, Brookline', 'Will', ['Will Bishop']],
    ['FOB IS ISAIAH YOUNG, INVOLVED', 'ISAIAH', ['ISAIAH YOUNG']],
    ['JOHN WELL APPEARING', 'JOHN', []],
    ['Anna Stable overnight', 'Anna', []],
    ['Emma just called', 'Emma', []],
    ['asked maria about it', 'maria', []],
    ['jane with exertion', 'jane', []],
  ])('%j after %j -> %j', (text, given, want) => {
    expect(texts(text, surnamesAfterGivenNames(text, [span(text, given)], lex))).toEqual(want);
  });
});

describe('nicknamesAfterNames', () => {
  it.each<[string, string, string[]]>([
    ['SON RICHARD "RICH" WANTS COMFORT', 'RICHARD', ['RICH']],
    ['DAUGHTER PRIYA ("PINKY") FLYING IN', 'PRIYA', ['PINKY']],
    ['DAUGHTERS PEG AND MAUREEN (MO).', 'MAUREEN', ['MO']],
    ['SON JOHN (HCP) AWARE', 'JOHN', []],
    ['by Yesenia Morales (Registration)', 'Morales', []],
    ['Referral 1: Stonebridge (IRF) - denied', 'Stonebridge', []],
  ])('%j after %j -> %j', (text, part, want) => {
    expect(texts(text, nicknamesAfterNames(text, [span(text, part)], lex))).toEqual(want);
  });
});

describe('commaNameParts', () => {
  it.each<[string, string, string[]]>([
    ['Pt: Okonkwo, Ifeoma C.   MRN 7781-0042', 'Okonkwo', ['Okonkwo, Ifeoma C.']],
    ['S: Park, Soon-Ja 94F, septic shock', 'Soon-Ja', ['Park, Soon-Ja']],
    ['Bed 6 - Young, Frank (DNR)', 'Frank', ['Young, Frank']],
    ['Dr. Smith, Cardiology, saw pt', 'Smith', []],
    ['seen by Jones, Patel and Lee', 'Jones', []],
    ['Renal, Anna 54F', 'Anna', []],
  ])('%j around %j -> %j', (text, part, want) => {
    expect(texts(text, commaNameParts(text, [span(text, part)], lex))).toEqual(want);
  });
});

describe('givenNamesBeforeSurnames', () => {
  it.each<[string, string, string[]]>([
    ['DAUGHTER ZEBULIAH OKAFOR VISITED', 'OKAFOR', ['ZEBULIAH OKAFOR']],
    ['seen by Xiomelda Brandt today', 'Brandt', ['Xiomelda Brandt']],
    ['TC @ 1615 - Will Bradley (husband) called', 'Bradley', ['Will Bradley']],
    ['Will Bradley called back', 'Bradley', []],
    ['PLAN: LASIX OKAFOR', 'OKAFOR', []],
    ['SEEN BY Qorvanth', 'Qorvanth', []],
    ['Dr Okafor', 'Okafor', []],
    ['Patient: Chinedu A. Okonkwo', 'Okonkwo', ['Chinedu A. Okonkwo']],
    ['Ordering: Grace Oyelaran-Smith, NP', 'Oyelaran-Smith', ['Grace Oyelaran-Smith']],
    ['seen with Rose Okafor', 'Okafor', ['Rose Okafor']],
    ['Cardiology Okafor', 'Okafor', []],
    ['Dear Dr. Okafor and Nurse Sandy', 'Dr. Okafor', []],
  ])('%j before %j -> %j', (text, surname, want) => {
    expect(texts(text, givenNamesBeforeSurnames(text, [span(text, surname)], lex))).toEqual(want);
  });
});

describe('quotedNicknames', () => {
  it.each<[string, string, string, string[]]>([
    ['PT ID\'D AS DEREK "DJ" MALLOY, DOB', 'DEREK', 'MALLOY', ['"DJ"']],
    ['Son Alberto "Beto" Villalobos called', 'Alberto', 'Villalobos', ['"Beto"']],
    ['Robert (Bobby) Jones', 'Robert', 'Jones', ['(Bobby)']],
    ['Smith "DJ\' Jones', 'Smith', 'Jones', []],
    ['Mary (see below) Jones', 'Mary', 'Jones', []],
  ])('%j between %j and %j -> %j', (text, a, b, want) => {
    expect(texts(text, quotedNicknames(text, [span(text, a), span(text, b)]))).toEqual(want);
  });
});

describe('allow list and pipeline', () => {
  it('drops spans inside an allow-listed term but keeps known and deny spans', () => {
    const text = 'Seen at Methodist Hospital by Dr. Quill';
    const spans = [span(text, 'Methodist'), span(text, 'Methodist Hospital', 'LOCATION'), span(text, 'Hospital', 'OTHER', 'policy.deny'), span(text, 'Dr. Quill')];
    expect(texts(text, applyAllowList(text, spans, ['methodist hospital']))).toEqual(['Hospital', 'Dr. Quill']);
  });
  it('never masks the parts of a reporting-system name, whatever the policy allows', async () => {
    const text = 'what does a BI-RADS 4 mean for Ms. Bi?';
    const found: Detector = { id: 'x', entities: ['NAME'], detect: (t) => [span(t, 'BI'), span(t, 'Bi')] };
    const out = await runPipeline({ text, chunkDetectors: [found], docDetectors: [], context: { known: [], failSafeThreshold: 0.3 }, lexicons: lex, enabled: [...ENTITY_TYPES], allowTerms: [] });
    expect(texts(text, out)).toEqual(['Bi']);
  });
  it('reports progress per chunk and maps chunk offsets back', async () => {
    const line = 'SEEN BY DR QUILLFEATHER 7/22.\n';
    const text = line.repeat(400);
    const seen: number[] = [];
    const found: Detector = { id: 'x', entities: ['NAME'], detect: (t) => { const i = t.indexOf('QUILLFEATHER'); return i < 0 ? [] : [{ start: i, end: i + 12, entity: 'NAME', score: 1, detector: 'x' }]; } };
    const out = await runPipeline({ text, chunkDetectors: [found], docDetectors: [createDenyDetector([])], context: { known: [], failSafeThreshold: 0.3 }, lexicons: lex, enabled: [...ENTITY_TYPES], allowTerms: [], onProgress: (done) => seen.push(done), chunkSize: 2000 });
    expect(seen.length).toBeGreaterThan(3);
    expect(out.length).toBe(400);
    expect(out.every((s) => text.slice(s.start, s.end) === 'QUILLFEATHER')).toBe(true);
  });
});

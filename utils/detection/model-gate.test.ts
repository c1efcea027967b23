import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../tools/node-assets';
import { loadLexicons, type Lexicons } from './lexicons/index';
import { gateModelSpans } from './model-gate';
import type { EntityType, Span } from './types';

let lex: Lexicons;
beforeAll(async () => { lex = await loadLexicons(nodeAssets()); });

const model = (text: string, value: string, entity: EntityType = 'NAME', score = 0.99): Span => {
  const start = text.indexOf(value);
  return { start, end: start + value.length, entity, score, detector: 'model.ner' };
};
const kept = (text: string, spans: Span[]) => gateModelSpans(text, spans, lex).map((s) => text.slice(s.start, s.end));

describe('gateModelSpans', () => {
  it.each([
    ['After a kidney transplant', 'kidney', []],
    ['lives in a nursing home', 'home', []],
    ['Best practice for statins in 2021?', 'Best', []],
    ['Best practice for statins in 2021?', '2021', []],
    ['daughter nicole involved', 'nicole', ['nicole']],
    ['PUPILS 3MM SLUGGISH', 'PUPILS', []],
    ["History of Parkinson's disease", "Parkinson's", []],
    ['CALL BACK AT NOON', 'NOON', []],
    ['originally from haiti', 'haiti', []],
    ['age 88 today', '88', []],
    ['WIFE DOROTHY AT BEDSIDE', 'DOROTHY', ['DOROTHY']],
    ['seen by Dr. Brown', 'Brown', ['Brown']],
    ['Dr. Parkinson saw her', 'Parkinson', ['Parkinson']],
    ['age 93 today', '93', ['93']],
    ['lives in Quartermain now', 'Quartermain', ['Quartermain']],
  ])('%j: model span %j -> %j', (text, value, expected) => {
    const entity: EntityType = /^\d{4}$/.test(value) ? 'DATE' : /^\d+$/.test(value) ? 'AGE' : 'NAME';
    expect(kept(text, [model(text, value, entity)])).toEqual(expected);
  });

  it.each([
    ['PT SEEN BY DR SMITH @ 0300', '0300', 'PHONE', []],
    ['NURSING PROGRESS NOTE 0700-1900', '0700-1900', 'PHONE', []],
    ['Ambulating with a rolling walker, SBA', 'walker', 'NAME', []],
    ['seen by Dr. Walker today', 'Walker', 'NAME', ['Walker']],
    ['DAUGHTER FLYING IN FROM OHIO TOMORROW', 'OHIO', 'LOCATION', []],
    ['PT FROM NEW HAMPSHIRE, RETIRED', 'FROM NEW HAMPSHIRE', 'LOCATION', []],
    ['lives in Concord, New Hampshire 03301', 'New Hampshire', 'LOCATION', ['New Hampshire']],
    ['served two tours, deployed to Lebanon in 1983', 'Lebanon', 'LOCATION', []],
    ['Dx: CHF (I50.33), AKI', 'I50', 'ID', []],
    ['Dx: alcohol use d/o F10.20', 'F10.20', 'PHONE', []],
    ['USMC 1984-1992, honorable discharge 1992', '1992', 'DATE', []],
    ['SHIFT 1900 - 0700 UNEVENTFUL', '0700', 'ADDRESS', []],
    ['MRN 1234-5678 on file', '1234-5678', 'MRN', ['1234-5678']],
    ['CR 1.8 (BASELINE 1.1 PER OSH)', '1.1', 'DATE', []],
    ['EVENTS: 2315 PT FOUND OOB', '2315', 'ADDRESS', []],
    ['wants her on DAPT x21d now', 'x21d', 'ADDRESS', []],
    ['Can Thanh V., 29F, G2P1 at 31 wks', 'G2P1', 'ADDRESS', []],
    ['JP DRAINS X2 SEROSANGUINOUS 120/80CC', '120/80', 'DATE', []],
    ['JP DRAINS X2 SEROSANGUINOUS 120/80CC', '120/80CC', 'DATE', []],
    ['BCX SENT 11/21, PENDING', '11/21', 'DATE', ['11/21']],
    ['apixaban in Jose R. (71M) after', '71M', 'AGE', []],
    ['Mr. Ruiz (94M) fell', '94M', 'AGE', ['94M']],
    ['Micro: BCx 2/2 GPC in clusters', '2', 'DATE', []],
    ['Micro: BCx 2/2 GPC in clusters', '2/2', 'DATE', []],
    ['Seen on 2/2 in clinic', '2/2', 'DATE', ['2/2']],
    ['Call 555-0147', '555-0147', 'PHONE', ['555-0147']],
    ['DRAINS: Two 19 Fr Blake drains.', 'Blake', 'NAME', []],
    ['severe by Berlin definition', 'Berlin', 'NAME', []],
    ['accession NG-24-338107. Ki-67 approximately 20%.', 'Ki', 'NAME', []],
    ['accession NG-24-338107. Ki-67 approximately 20%.', '67', 'DATE', []],
    ['DOB 12-APR-1950', '12-APR-1950', 'DATE', ['12-APR-1950']],
    ['HER2 equivocal, T2DM on metformin', 'T2DM', 'ADDRESS', []],
    ['lives at 4 Elm St Apt 3B', '3B', 'ADDRESS', ['3B']],
    ['Social Worker: Hannah Liebowitz, LICSW', 'LICSW', 'LOCATION', []],
    ['seen by Dr. Do today', 'Do', 'NAME', ['Do']],
    ['left MCA stroke, HRCT pending', 'HRCT', 'NAME', []],
    ['placed on Section 12 by police', 'Section', 'LOCATION', []],
    ['woman, 71F, 2218 W Alameda Ave', '71F', 'ADDRESS', []],
    ['smokes K2 daily', 'K2', 'DATE', []],
    ["moderate-severe Crohn's, failed Entyvio.", 'Entyvio', 'URL', []],
    ['was coded as 99214 but the visit', '99214', 'MRN', []],
    ['zip code 99214 on file', '99214', 'ZIP', ['99214']],
    ['PT ON NORCO 5/325 PRN', '5/', 'DATE', []],
    ['SEEN 5/12 IN CLINIC', '5/12', 'DATE', ['5/12']],
    ['Pt took Norco at home', 'Norco', 'NAME', []],
    ['Lives in Norco, CA', 'Norco', 'LOCATION', ['Norco']],
    ['Pt has faith in the team', 'faith', 'NAME', []],
    ['Pt is a hunter, R-handed', 'hunter', 'NAME', []],
    ['Saying grace before meals. AAOX3', 'grace', 'LOCATION', []],
    ['Son hunter at bedside. AAOX3', 'hunter', 'NAME', ['hunter']],
    ['- 8f: hope adebayo 27f, AML', 'hope', 'NAME', ['hope']],
    ["- 8c: 'buddy' harlan 70m, AML", 'buddy', 'NAME', ['buddy']],
    ['Dyan van Gijn, Apt. 905', 'van', 'NAME', ['van']],
    ['FISHER GRADE 3 SAH', 'FISHER', 'DATE', []],
    ['Started Veletri 20 ng/kg/min overnight', 'Veletri', 'LOCATION', []],
    ['Nimbex gtt titrated to TOF 2/4', 'Nimbex', 'NAME', []],
    ['Robert Smith IV called back', 'Smith', 'NAME', ['Smith']],
    ['S/P CABG X3 (LIMA-LAD, SVG-OM)', 'LIMA-LAD', 'LOCATION', []],
    ['DAUGHTER SMITH-JONES CALLED', 'SMITH-JONES', 'NAME', ['SMITH-JONES']],
  ] as const)('%j: model %s span %j -> %j', (text, value, entity, expected) => {
    const start = text.lastIndexOf(value);
    expect(kept(text, [{ start, end: start + value.length, entity, score: 0.95, detector: 'model.ner' }])).toEqual(expected);
  });

  it('cuts vocabulary out of a longer span and keeps words another detector claims', () => {
    const text = 'transplant at Tufts Medical Center';
    const spans = [model(text, 'transplant at Tufts Medical Center', 'LOCATION'), { ...model(text, 'Tufts Medical Center', 'LOCATION'), detector: 'lexicon.place' }];
    expect(kept(text, spans)).toEqual(['Tufts Medical Center', 'Tufts Medical Center']);
  });

  it('leaves other detectors alone', () => {
    const text = 'kidney';
    expect(kept(text, [{ ...model(text, 'kidney'), detector: 'lexicon.name' }])).toEqual(['kidney']);
  });
});

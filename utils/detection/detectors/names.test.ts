import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../../tools/node-assets';
import { loadLexicons } from '../lexicons/index';
import type { Detector } from '../types';
import { createNameDetector } from './names';
import { claims } from './test-util';

let names: Detector;
beforeAll(async () => { names = createNameDetector(await loadLexicons(nodeAssets())); });

describe('lexicon.name', () => {
  it.each([
    ['schedule change faxed to 662-555-0171. ~ k. whitlow, RN CM', ['NAME:k. whitlow']],
    ['HALVORSEN, MARGIT A | 67 y.o. F | MRN: 4471920', ['NAME:HALVORSEN, MARGIT A']],
    ['Results Review\tPatient: Nwosu, Adaeze K\tMRN: 7730154', ['NAME:Nwosu, Adaeze K']],
    ["Paternal uncle with Parkinson's. Mother living, 84", []],
    ['TOX SCREEN SENT. FRIEND "JJ" WHO FOUND PT CALLED X2', ['NAME:JJ']],
    ['Patient is A. Okonkwo-Baptiste, 47M, MRN: 00481273', ['NAME:A. Okonkwo-Baptiste']],
    ["quick q - cushing's workup for j. martinez, 33f, seen at", ['NAME:j. martinez']],
    ['s/p TKA L, 67 yo, on apixaban', []],
    ['warfarin 5 mg daily except 7.5 mg on Mon/Thu. Admits', []],
    ['[09/16/2024 10:15] Dixon, Will (PT): gait unsteady', ['NAME:Dixon, Will']],
    ['OPERATIVE REPORT\nPATIENT NAME: HOLLOWAY, GERALD P\nMEDICAL RECORD #: 3318-4472', ['NAME:HOLLOWAY, GERALD P']],
    ["[14:05] o'brien, kit (rn): has a pacer, need device check", ["NAME:o'brien, kit"]],
    ['Bed 6 - Young, Frank 62M, post-arrest, TTM day 2', ['NAME:Young, Frank']],
    ['Foley removed today. Son Will visits evenings (555-440-9123).', ['NAME:Will']],
    ['Son will visit tomorrow.', []],
    ['Reviewed with Jane Roe, PharmD', ['NAME:Jane Roe']],
    ["about pt Marcus Bell's insulin, they said", ["NAME:Marcus Bell's"]],
    ["Bell's palsy, right; Kerley B lines at the bases", []],
    ['Patient: Halvorsen, Erik J | MRN: NS-00718245 | DOB', ['NAME:Halvorsen, Erik J']],
    ['Patient: OKAFOR, CHIDINMA E        DOB: 04/18/1931', ['NAME:OKAFOR, CHIDINMA E']],
    ['SOCIAL: HUSBAND SKIP VISITED UNTIL 2100', ['NAME:SKIP']],
    ['DAUGHTER PEACHES FLYING IN TOMORROW', ['NAME:PEACHES']],
    ['spoke w/ brother Chip called back', ['NAME:Chip']],
    ['SON PRESENT AT BEDSIDE. WIFE WAS UPDATED.', []],
    ['FAMILY FROM MAINE, SON WILL CALL.', []],
    ['net negative 7.2 L. Swan-Ganz was not required', []],
    ['f/u w/ cardiology 1 wk. -- j. ortiz rn cm', ['NAME:j. ortiz']],
    ['BIB Goshen PD, Ofc. Martinez took the report', ['NAME:Ofc. Martinez']],
    ['PT SPEAKS PORTUGUESE. DAUGHTER ANA (HCP) TEL 774-555-0148.', ['NAME:ANA']],
    ['SOCIAL: DTR MAY (HCP) LIVES NEARBY', ['NAME:MAY']],
    ['SOCIAL: WIFE MAY STONE (HCP) STAYED IN FAMILY LOUNGE', ['NAME:MAY STONE']],
    ['Hunter Bell, MR# A2234891, 19M, came into Parkland', ['NAME:Hunter Bell']],
    ['Will Thornton (Medical Record Number 5512-009) has a', ['NAME:Will Thornton']],
    ['GARCIA, LUIS E (MRN 4471-2290): TSH 0.02', ['NAME:GARCIA, LUIS E']],
    ['Can Hunter Bell, MRN 123, go home?', ['NAME:Hunter Bell']],
    ['Faith, 8 y/o, seen at Good Shepherd Rehab', ['NAME:Faith']],
    ['Routed to Okafor. -- Deb LPN', ['NAME:Okafor', 'NAME:Deb']],
    ['Care coordinator: Nancy Liu, BSN, RN', ['NAME:Nancy Liu']],
    ['REYES 617-555-0192.\nTRIAGE RN: K. OBRIEN', ['NAME:REYES', 'NAME:K. OBRIEN']],
    ['cefepime started per dr. church. mucositis grade 2', ['NAME:dr. church']],
    ['Mark, 58M, post-CABG at BIDMC', ['NAME:Mark']],
    ['anna s, 45f, ckd3b, egfr 38', ['NAME:anna s']],
    ['pt Jorge M., 45M with CAP', ['NAME:Jorge M.']],
    ['pt at the clinic, Nguyen, T., 72M, on apixaban', ['NAME:Nguyen, T.']],
    ['consult: Thibodeaux, J., 81F, s/p fall', ['NAME:Thibodeaux, J.']],
    ['RT HOPE WILL RECHECK AT 1400', ['NAME:HOPE']],
    ['SOCIAL: MOTHER (HOLLY KING) AT BEDSIDE.', ['NAME:HOLLY KING']],
    ['PEEP INCREASED 8->10 PER DR. MAY. SXN X3', ['NAME:DR. MAY']],
    ['SEEN BY DR SMITH @ 0300', ['NAME:DR SMITH']],
    ['Dr. Parkinson reviewed the MRI', ['NAME:Dr. Parkinson']],
    ['WIFE MARY AT BEDSIDE', ['NAME:MARY']],
    ['SEEN BY JONES THIS AM', ['NAME:JONES']],
    ['SMITH, JOHN was admitted', ['NAME:SMITH, JOHN']],
    ['per Smith J. the plan is', ['NAME:Smith J.']],
    ['Met with J. Smith today', ['NAME:J. Smith']],
    ['How should I treat Anna S., 54F?', ['NAME:Anna S.']],
    ['antibiotics for Anne-Marie B., who resides at home', ['NAME:Anne-Marie B.']],
    ['Plan for pt J.D. re: CHF', ['NAME:J.D.']],
    ['FAMILY MTG W/ WIFE ELLEN + DR. ZHANG RE: GOC', ['NAME:ELLEN', 'NAME:DR. ZHANG']],
    ['taper prednisone for b.j. (88 y/o)', ['NAME:b.j.']],
    ['My pt (initials R.T.) at the clinic', ['NAME:R.T.']],
    ["ref Paul M's case at the clinic", ["NAME:Paul M's"]],
    ['Patient John Smith has CHF', ['NAME:John Smith']],
    ['lives with her daughter maria', ['NAME:maria']],
    ['Discussed with Tom I. Holzman', ['NAME:Tom I. Holzman']],
    ['signed: K. Okafor, RN', ['NAME:K. Okafor']],
    ['spoke with Mrs. O\'Neil-Garcia', ["NAME:Mrs. O'Neil-Garcia"]],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(names, text)).toEqual(expected);
  });

  it.each([
    ["History of Parkinson's disease", []],
    ['DR AWARE OF LABS', []],
    ['MD NOTIFIED. NEURO: A&OX3, PERRL. RESP: LS CLEAR', []],
    ['GI: NPO, PEG TO GRAVITY, FOLEY PATENT', []],
    ['PT C/O SOB, PRN MORPHINE GIVEN', []],
    ['WIFE AT BEDSIDE, SON UPDATED BY PHONE', []],
    ['ST ELEVATION IN V2-V4, ABG PENDING', []],
    ["I'm worried about Crohn's flare", []],
    ['African American male with Hodgkin lymphoma', []],
    ['Vitamin D. level low; E. coli UTI', []],
    ['Tylenol 650 mg p.o. b.i.d. at 8 a.m., e.g. with food, in the U.S.', []],
    ['TTE: EF 55%, MOD MR, LA 4.6 CM. FAMILY HX: FATHER MI @ 52', []],
    ['FAMILY HX: MOTHER DM, FATHER MI', []],
    ['SOCIAL: DTR MAY CALL TONIGHT', []],
    ['MOTHER RECENTLY DIED; DR ON CALL AWARE, DR TO SEE', []],
    ['89 YO F WITH CHF', []],
    ['Li level 1.4 today, Dig level 0.8', []],
    ['cirrhosis (Child-Pugh C, MELD-Na 28), has a Na of 118', []],
    ['#ARDS, severe by Berlin definition, meets Berlin ARDS criteria', []],
    ['Head CT (MRN pending), Chest X-Ray, DOB unknown', []],
    ['Summary, 54M with CHF, COPD, 67F with AKI', []],
  ])('leaves %j alone', async (text, expected) => {
    expect(await claims(names, text)).toEqual(expected);
  });
});

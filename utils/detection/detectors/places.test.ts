import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../../tools/node-assets';
import { loadLexicons } from '../lexicons/index';
import type { Detector } from '../types';
import { createPlaceDetector } from './places';
import { claims } from './test-util';

let places: Detector;
beforeAll(async () => { places = createPlaceDetector(await loadLexicons(nodeAssets())); });

describe('lexicon.place', () => {
  it.each([
    ['Referrals sent to Maple Crest Nursing and Rehabilitation Center, Whitford Gardens.', ['LOCATION:Maple Crest Nursing and Rehabilitation Center', 'LOCATION:Whitford Gardens']],
    ['placed through Tri-Lakes Area Agency on Aging today', ['LOCATION:Tri-Lakes Area Agency on Aging']],
    ['Referring: Kimberly Tran-Boateng, PA-C, Desert Sky Dermatology, Mesa', ['LOCATION:Desert Sky Dermatology']],
    ['needs Nursing and Rehab services at home', []],
    ['BLS transport through Liberty Medical Transport, confirmation #LMT-558201', ['LOCATION:Liberty Medical Transport']],
    ['DME: Durable Medical Equipment delivered today', []],
    ['  * CVS/pharmacy #04518 (Retail) | 1201 Kirkwood Hwy', ['LOCATION:CVS/pharmacy #04518']],
    ['Dr. Feldstein | Rogue Valley Apothecary, 88 Oak St', ['LOCATION:Rogue Valley Apothecary']],
    ["No family hx of Huntington's disease or colon ca", []],
    ['DLBCL s/p 6 cycles R-CHOP, now in CR', []],
    ['Performing lab: Carolina Pathology Associates   CLIA 42D0987311', ['LOCATION:Carolina Pathology Associates']],
    ['Attends Sunshine Kids Daycare 3 days/week', ['LOCATION:Sunshine Kids Daycare']],
    ["Facility: Lakeside Women's Imaging, 2250 Harbor View Dr", ["LOCATION:Lakeside Women's Imaging", 'LOCATION:Harbor View']],
    ['mattress via Buckeye Medical Supply. SOC 1/9', ['LOCATION:Buckeye Medical Supply']],
    ["found outside St. Bridget's Catholic Church at 0200", ["LOCATION:St. Bridget's Catholic Church"]],
    ['submitted to Gallatin County Office of Public Assistance, case pending', ['LOCATION:Gallatin County Office of Public Assistance']],
    ['BIB PHILADELPHIA FIRE DEPT MEDIC 23', ['LOCATION:PHILADELPHIA FIRE DEPT']],
    ['MEDS FROM RITE AID #1142 ON PASSYUNK AVE', ['LOCATION:RITE AID #1142']],
    ['Called the Social Work Office about a bed', []],
    ['summer exposure in Connecticut. Lyme titers sent', []],
    ['DAUGHTER FLYING IN FROM OHIO TOMORROW', []],
    ['lives in Ohio, IL with her son', ['LOCATION:Ohio, IL']],
    ['seen at Mercy Clinic, California, on 1/5', ['LOCATION:Mercy Clinic', 'LOCATION:California']],
    ['treated at Memorial in Houston, Texas.', ['LOCATION:Houston', 'LOCATION:Texas']],
    ["flown to Children's Wisconsin for DKA", ["LOCATION:Children's Wisconsin"]],
    ['seen at Methodist Hospital on 4/12', ['LOCATION:Methodist Hospital']],
    ['PT GETS INSULIN FROM MATTAPAN COMMUNITY HEALTH CENTER, PCP', ['LOCATION:MATTAPAN COMMUNITY HEALTH CENTER']],
    ['FLOWN IN FROM CAPE COD HOSPITAL.', ['LOCATION:CAPE COD HOSPITAL']],
    ['HCP, LIVES IN N. ANDOVER, 978-555-0187', ['LOCATION:N. ANDOVER']],
    ['go to University Medical Center of El Paso if RR > 40', ['LOCATION:University Medical Center of El Paso']],
    ['Preferred pharmacy on file: CVS Pharmacy, 88 Boston Rd', ['LOCATION:CVS Pharmacy']],
    ['Northshore Pulmonary & Sleep Associates', ['LOCATION:Northshore Pulmonary & Sleep Associates']],
    ['Referring: Lakeview Urgent Care, Kenosha, WI', ['LOCATION:Lakeview Urgent Care', 'LOCATION:Kenosha, WI']],
    ['bnp 1840, seen at mgh ed 3/2', ['LOCATION:mgh']],
    ['woman at Sunrise of Scottsdale assisted living', ['LOCATION:Sunrise of Scottsdale']],
    ['BROTHER CALLED FROM PROVIDENCE, FLYING IN 9/3', ['LOCATION:PROVIDENCE']],
    ['SON HUNTER CALLED FROM REVERE (617-555-0142).', ['LOCATION:REVERE']],
    ["PT ADMITTED 10/2 FROM ST E'S WITH UROSEPSIS", ["LOCATION:ST E'S"]],
    ['STAYING WITH GIRLFRIEND AT 45 BEACON ST, APT 3, REVERE. EX-WIFE', ['LOCATION:REVERE']],
    ['then on 3/30 to Encompass Health Rehabilitation Hospital of Charleston for IRF', ['LOCATION:Encompass Health Rehabilitation Hospital of Charleston']],
    ['referred by Dr. Haddad (Henry Ford Endocrine, Detroit)', ['LOCATION:Henry Ford Endocrine', 'LOCATION:Detroit']],
    ['DTR LIVES IN NO. READING, IN TO VISIT', ['LOCATION:NO. READING']],
    ['She flies to Anchorage for work', ['LOCATION:Anchorage']],
    ['DaVita Riverside Dialysis called: Chen', ['LOCATION:DaVita Riverside Dialysis']],
    ["CURRENTLY STAYING AT ROSIE'S PLACE.", ["LOCATION:ROSIE'S PLACE"]],
    ['shelters: St. Francis House, Bethany House', ['LOCATION:St. Francis House', 'LOCATION:Bethany House']],
    ['pt transferred to Phoenix, then home', ['LOCATION:Phoenix']],
    ['TRANSFER TO CALVERT HOSP', ['LOCATION:CALVERT HOSP']],
    ['PLAN: TRANSFER TO QUARTERMAIN', ['LOCATION:QUARTERMAIN']],
    ['from St. Vincent Hospital today', ['LOCATION:St. Vincent Hospital']],
    ['biopsy at Mt. Sinai', ['LOCATION:Mt. Sinai']],
    ['lives in Baltimore with wife', ['LOCATION:Baltimore']],
    ['from Springfield, IL originally', ['LOCATION:Springfield, IL']],
    ['previously at UCSF', ['LOCATION:UCSF']],
    ['seen at UCLA med center for', ['LOCATION:UCLA med center']],
    ['Hospital of the University of Pennsylvania', ['LOCATION:Hospital of the University of Pennsylvania']],
    ['discharged to Sunny Acres Nursing Home', ['LOCATION:Sunny Acres Nursing Home']],
    ['resident of Calvert County', ['LOCATION:Calvert County']],
    ['referral to Pacific Neurology Associates, Seattle', ['LOCATION:Pacific Neurology Associates', 'LOCATION:Seattle']],
    ['RESIDENT OF MAPLEWOOD MANOR IN NEWTON. BASELINE AMBULATES', ['LOCATION:MAPLEWOOD MANOR', 'LOCATION:NEWTON']],
    ['f/u with Dr. Okonjo at Heartland Cardiology next week', ['LOCATION:Heartland Cardiology']],
    ['seen 12/02 at UW Medicine Northwest for labs', ['LOCATION:UW Medicine Northwest']],
    ["appendectomy at Phoenix Children's on Nov 30", ["LOCATION:Phoenix Children's"]],
    ['ADMITTED 10/27 FROM BMC ED W/ DKA', ['LOCATION:BMC']],
    ['lives w/ daughter in fall river, had a fall', ['LOCATION:fall river']],
    ['order from Roxbury District Court today', ['LOCATION:Roxbury District Court']],
    ['LIVES ALONE, 22 HAWTHORNE RD, LEXINGTON) AFTER', ['LOCATION:LEXINGTON']],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(places, text)).toEqual(expected);
  });

  it.each([
    ['transferred to the hospital', []],
    ['PT FROM NURSING HOME', []],
    ['ST ELEVATION NOTED', []],
    ['DC TO HOME WITH VNA', []],
    ['TO OR AT 0800', []],
    ['back to rehab next week', []],
    ['Called Cardiology re: trop; seen by Interventional Cardiology', []],
    ["her children's school called", []],
    ['TRANSFERRED FROM OSH ED; SEEN IN THE ED', []],
    ['a mechanical MVR (St. Jude valve, placed 2009)', []],
    ['Preferred pharmacy on file: none', []],
    ['PT IN PAIN, MEDICATED. CAME FROM HOME.', []],
    ['Speaks only in English, consented in Spanish', []],
    ['Modified Duke criteria: 1 major + 2 minor', []],
    ['report given to L&D Nursing at 1900', []],
    ['FOLEY IN PLACE, LINES IN PLACE. lives in a halfway house', []],
    ['Pt on Dialysis, considering Home Dialysis or Peritoneal Dialysis', []],
    ['RETURNED FROM DIALYSIS CENTER. TRANSFERRED FROM OUTSIDE HOSPITAL.', []],
    ['seen by Nursing. ICU Nursing notified. Home nursing set up.', []],
  ])('leaves %j alone', async (text, expected) => {
    expect(await claims(places, text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { dateDetector } from './dates';
import { finds, touches } from './test-util';

describe('rules.date', () => {
  it.each([
    ['Seen on 7/22 for f/u', '7/22'],
    ['STAB WOUND 2/1, S/P EX LAP 2/2 W/ PACKING', '2/2'],
    ['TAKEBACK 2/4 PACKS REMOVED', '2/4'],
    ['Last use 3/3. BCx from urgent care', '3/3'],
    ['last dose 2/5)', '2/5'],
    ['DOS 07-22-2023', '07-22-2023'],
    ['born 2080-02-18', '2080-02-18'],
    ['admitted Jan 3rd', 'Jan 3rd'],
    ['on 3 January she fell', '3 January'],
    ['due the 5th of May', '5th of May'],
    ['CXR JAN 3 CLEAR', 'JAN 3'],
    ['MRI 3/4/21 neg', '3/4/21'],
    ['on March 15, 2022 seen', 'March 15, 2022'],
    ['December 2nd, 2023', 'December 2nd, 2023'],
    ['since Sept. 2019', 'Sept. 2019'],
    ['12-JAN-2020 labs', '12-JAN-2020'],
    ['2023-04-12 10:30 arrival', '2023-04-12 10:30'],
    ['seen in March', 'March'],
    ['stopped on 2/3', '2/3'],
    ['last drink 1/5 PM. SW consult placed', '1/5'],
    ['DOS: Tuesday 3/15\nPt: Oksana', '3/15'],
    ['mom requests to go home mon 6/5 if baby cleared', 'mon'],
    ["She's 52 and was last seen on the 14th.", '14th'],
    ['discharged yesterday (Sat 10/21) and', 'Sat'],
    ['hospitalized at Carney Hospital (2/14-2/18) for volume overload', '2/14'],
    ['hospitalized at Carney Hospital (2/14-2/18) for volume overload', '2/18'],
    ['Cr trend: 1.1 (3/2) -> 1.9 (3/5) -> 2.6 (3/7)', '3/5'],
    ['f/u in pulmonary clinic with Dr. Mulcahy 4/4.', '4/4'],
    ['transferred to Flagstaff Medical Center 1/6 with urosepsis', '1/6'],
    ['fell 2/4 @ 0300, found by son', '2/4'],
    ['over Christmas', 'Christmas'],
    ['CXR ON 2-19 SHOWED', '2-19'],
    ["TRANSFERRED FROM ST. ELIZABETH'S ON 3-14 FOR HIGHER LEVEL OF CARE", '3-14'],
    ['admitted 7-22.', '7-22'],
    ['seen Tuesday by cardiology', 'Tuesday'],
    ['F/U SATURDAY AM', 'SATURDAY'],
  ])('finds %j', async (text, value) => {
    expect(await finds(dateDetector, text, value)).toBe(true);
  });

  it.each([
    ['R: PAIN DECR TO 2/10, RESTING.', '2/10'],
    ['PT PLACED BACK ON BIPAP 12/5, 40% AT 2300', '12/5'],
    ['RESP: INTUBATED, CPAP/PS 10/5, FIO2 40%', '10/5'],
    ['2/3 of doses given', '2/3'],
    ['APGARS 8/9 AT DELIVERY', '8/9'],
    ['GCS 11/15 on arrival', '11/15'],
    ['strength 5/5 bilaterally', '5/5'],
    ['GA at birth 31 2/7 wk', '2/7'],
    ['CISATRACURIUM GTT, TOF 1/4. ADMITTED 1/6', '1/4'],
    ['CRACKLES 1/2 UP BILAT. ADMITTED 1/6', '1/2'],
    ['BCX 2/2 POS, NO DATES NEARBY', '2/2'],
    ['RUE 4/5 at 2 weeks post-op', '4/5'],
    ['admitted yesterday, took 2/3 of meals', '2/3'],
    ['pain 8/10', '8/10'],
    ['AMS 2/2 CHF', '2/2'],
    ['born in 1992', '1992'],
    ['BP 120/80', '120/80'],
    ['take 1/2 tab', '1/2'],
    ['24/7 care', '24/7'],
    ['pt may 2 b fine', 'may 2'],
    ['VISION 20/20', '20/20'],
    ['K 4.1 NA 137', '4.1'],
    ['on 2-19 MG lasix', '2-19'],
    ['HR 80-90S', '80-90'],
    ['GIVE 1-2 TABS', '1-2'],
    ['since 5-10 days', '5-10'],
  ])('leaves %j alone', async (text, value) => {
    expect(await touches(dateDetector, text, value)).toBe(false);
  });
});

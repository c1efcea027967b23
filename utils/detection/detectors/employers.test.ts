import { describe, expect, it } from 'vitest';
import { employerDetector } from './employers';
import { claims } from './test-util';

describe('cue.employer', () => {
  it.each([
    ['Works as a cashier at Festival Foods. Former smoker', ['ORGANIZATION:Festival Foods']],
    ['Worked as a forklift operator at Coastal Freight Logistics until 2023.', ['ORGANIZATION:Coastal Freight Logistics']],
    ['retired from Boston Public Schools in 2019', ['ORGANIZATION:Boston Public Schools']],
    ['works for Stop & Shop on weekends', ['ORGANIZATION:Stop & Shop']],
    ['works for Dr. Lee as an MA', []],
    ['works at night, sleeps days', []],
    ['WORKS AT NIGHT AS A GUARD', []],
    ['PT WORKS AT PRICE CHOPPER DISTRIBUTION IN SCHENECTADY, WORRIED', ['ORGANIZATION:PRICE CHOPPER DISTRIBUTION']],
    ['PT WORKS AS BARTENDER AT THE BURREN IN DAVIS SQ.', ['ORGANIZATION:BURREN']],
    ['RETIRED FROM GENERAL ELECTRIC AFTER 30 YRS', ['ORGANIZATION:GENERAL ELECTRIC']],
    ['WORKED FOR 30 YEARS AS A NURSE', []],
    ['HE IS A TEACHER AT BROCKTON HIGH. DAUGHTER EMILY AT BEDSIDE', []],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(employerDetector, text)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { createDenyDetector } from './deny';
import { knownDetector } from './known';
import { claims } from './test-util';

describe('known.seed', () => {
  it.each([
    ['ANNA SMITH 54F', ['Anna Smith'], ['NAME:ANNA SMITH']],
    ['Smith, Anna seen', ['Anna Smith'], ['NAME:Smith, Anna']],
    ['A. Smith called; SMITH aware; anna asleep', ['Anna Smith'], ['NAME:A. Smith', 'NAME:SMITH', 'NAME:anna']],
    ['initials A.S. on form', ['Anna Smith'], ['NAME:A.S.']],
    ['MRN 12345678', ['1234-5678'], ['MRN:12345678']],
    ['MRN 1234-5678', ['12345678'], ['MRN:1234-5678']],
    ['DOB 3/4/1950', ['1950-03-04'], ['DATE:3/4/1950']],
    ['born March 4, 1950', ['03/04/1950'], ['DATE:March 4, 1950']],
    ['nothing here', ['Anna Smith'], []],
  ])('%j with known %j -> %j', async (text, known, expected) => {
    expect(await claims(knownDetector, text, known)).toEqual(expected);
  });
});

describe('policy.deny', () => {
  it('masks deny terms case-insensitively on word boundaries', async () => {
    expect(await claims(createDenyDetector(['Pine Unit', 'ZQX']), 'moved to PINE UNIT; zqx2 stays; ZQX done')).toEqual(['OTHER:PINE UNIT', 'OTHER:ZQX']);
  });
  it('finds nothing with an empty list', async () => {
    expect(await claims(createDenyDetector(['  ']), 'anything')).toEqual([]);
  });
});

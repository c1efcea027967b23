import { describe, expect, it } from 'vitest';
import { recordIssuerDetector } from './record-issuers';
import { claims } from './test-util';

describe('cue.issuer', () => {
  it.each([
    ['Hernandez-Vega, Lucia   DOB 3/22/1984   NWH MRN 10299384 / our MRN E-447120', ['ORGANIZATION:NWH']],
    ['WISNIEWSKI, DOROTA   dob 01-30-1946   SVH acct# 40019928771', ['ORGANIZATION:SVH']],
    ['Pt Ramanathan, Arjun, 24M, BMC MRN 88102334. Hx bipolar', ['ORGANIZATION:BMC']],
    ['BWH Medical Record 33021987', ['ORGANIZATION:BWH']],
    ['PT MRN 1234567, OLD MRN 7654321', []],
    ['ED MRN 55512', []],
    ['MRN 00482913 on file', []],
    ['Plavix from home. MRN YNHH 08812437, SSN on file', ['ORGANIZATION:YNHH']],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(recordIssuerDetector, text)).toEqual(expected);
  });
});

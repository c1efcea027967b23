import { describe, expect, it } from 'vitest';
import { ageDetector } from './ages';
import { claims } from './test-util';

describe('rules.age', () => {
  it.each([
    ['DOB: 05/14/1933 (91 y)   Sex: M', ['AGE:91 y']],
    ['How do I approach this? Pt is 91, GCS 7, intubated', ['AGE:91']],
    ['she was 94 and living alone', ['AGE:94']],
    ['pt is 100% compliant', []],
    ['pt is 92.5 kg', []],
    ['PT TURNS 93 NEXT WEEK', ['AGE:93']],
    ['age 92', ['AGE:92']],
    ['a 95 y/o woman', ['AGE:95 y/o']],
    ['93-year-old man', ['AGE:93-year-old']],
    ['101 yo F', ['AGE:101 yo']],
    ['92M with CHF', ['AGE:92M']],
    ['90 YOF FALL DOWN 12 STAIRS', ['AGE:90 YOF']],
    ['a 91 y/oM from home', ['AGE:91 y/oM']],
    ['pt 92, vietnamese speaking', ['AGE:92']],
    ['Seeing Mrs. Medeiros, 95, today for f/u', ['AGE:95']],
    ['Seeing Mrs. Medeiros, 75, today for f/u', []],
    ['pt 92 kg, afebrile', []],
    ['PT 95% ON RA', []],
    ['a woman in her 90s', ['AGE:90s']],
    ['age 45', []],
    ['89 year old', []],
    ['SATS IN THE 90S', []],
    ['HR 92, BP 100/60', []],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(ageDetector, text)).toEqual(expected);
  });
});

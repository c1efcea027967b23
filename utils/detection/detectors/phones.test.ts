import { describe, expect, it } from 'vitest';
import { phoneDetector } from './phones';
import { claims } from './test-util';

describe('rules.phone', () => {
  it.each([
    ['call 555-123-4567', ['PHONE:555-123-4567']],
    ['cell (310) 555-1234 x22', ['PHONE:(310) 555-1234 x22']],
    ['+1 617.555.0100', ['PHONE:+1 617.555.0100']],
    ['fax: 650-123-4567', ['FAX:650-123-4567']],
    ['pager 4-5678', ['PHONE:4-5678']],
    ['PGR #12345', ['PHONE:12345']],
    ['phone 0489 25 37 29', ['PHONE:0489 25 37 29']],
    ['+41 (0)38 549 02 90', ['PHONE:+41 (0)38 549 02 90']],
    ['PLS CALL X4-1234 W/ Q', ['PHONE:X4-1234']],
    ['GIVEN LASIX X2, K X1000', []],
    ['NA 137 CL 99 BUN 18', []],
    ['137 99 18 1.1', []],
    ['BP 120/80 HR 88', []],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(phoneDetector, text)).toEqual(expected);
  });
});

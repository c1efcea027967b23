import { describe, expect, it } from 'vitest';
import { toOriginPattern } from './origins';

describe('toOriginPattern', () => {
  it.each([
    [' https://ehr.example.org/chart?id=1 ', 'https://ehr.example.org/*'],
    ['http://localhost:8080', 'http://localhost/*'],
    ['HTTPS://EHR.Example.org', 'https://ehr.example.org/*'],
    ['ftp://x.org', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s -> %s', (input, expected) => {
    expect(toOriginPattern(input)).toBe(expected);
  });
});

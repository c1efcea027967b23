import { describe, expect, it } from 'vitest';
import { computeAllowedOrigins, DEFAULT_ORIGINS, patternCovers, toOriginPattern } from './origins';

describe('computeAllowedOrigins', () => {
  const base = { defaults: DEFAULT_ORIGINS, userGranted: [] as string[], policyAllowList: null, permitted: ['http://127.0.0.1/*'] };

  it('defaults to the demo origin only', () => {
    expect(computeAllowedOrigins(base)).toEqual(['http://127.0.0.1/*']);
  });

  it('adds user-granted origins that the browser permits', () => {
    expect(computeAllowedOrigins({ ...base, userGranted: ['https://ehr.example.org/*'], permitted: [...base.permitted, 'https://ehr.example.org/*'] }))
      .toEqual(['http://127.0.0.1/*', 'https://ehr.example.org/*']);
  });

  it('drops anything the browser does not permit (no injection without a grant)', () => {
    expect(computeAllowedOrigins({ ...base, userGranted: ['https://ehr.example.org/*'] })).toEqual(['http://127.0.0.1/*']);
    expect(computeAllowedOrigins({ ...base, policyAllowList: ['http://localhost/*'] })).toEqual([]);
  });

  it('replaces the defaults with the policy allow-list', () => {
    expect(computeAllowedOrigins({ ...base, policyAllowList: ['https://*.ehr.example.org/*'], permitted: ['https://*/*', 'http://127.0.0.1/*'] }))
      .toEqual(['https://*.ehr.example.org/*']);
  });

  it('ignores malformed patterns and duplicates', () => {
    expect(computeAllowedOrigins({ ...base, userGranted: ['javascript:alert(1)', 'http://127.0.0.1/*', 'nonsense'] })).toEqual(['http://127.0.0.1/*']);
  });
});

describe('patternCovers', () => {
  it.each([
    ['https://*/*', 'https://ehr.example.org/*', true],
    ['http://*/*', 'https://ehr.example.org/*', false],
    ['*://*/*', 'http://127.0.0.1/*', true],
    ['<all_urls>', 'https://a.b/*', true],
    ['https://*.example.org/*', 'https://ehr.example.org/*', true],
    ['https://*.example.org/*', 'https://evil-example.org/*', false],
    ['https://ehr.example.org/*', 'https://*.example.org/*', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*', true],
  ])('%s covers %s: %s', (broad, narrow, expected) => {
    expect(patternCovers(broad, narrow)).toBe(expected);
  });
});

describe('toOriginPattern', () => {
  it('normalises user input', () => {
    expect(toOriginPattern(' https://ehr.example.org/chart?id=1 ')).toBe('https://ehr.example.org/*');
    expect(toOriginPattern('http://localhost:8080')).toBe('http://localhost/*');
    expect(toOriginPattern('ftp://x.org')).toBeNull();
    expect(toOriginPattern('not a url')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseEhrOrigin, patternCovers, toMatchPattern } from './origin-pattern';

describe('parseEhrOrigin', () => {
  it.each([
    ['https://ehr.example.org', 'https://ehr.example.org/*'],
    ['https://EHR.Example.org:8443/', 'https://ehr.example.org/*'],
    ['https://*.ehr.example.org', 'https://*.ehr.example.org/*'],
    ['https://ehr.example.org/*', 'https://ehr.example.org/*'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1/*'],
    ['http://localhost', 'http://localhost/*'],
  ])('%s -> %s', (input, pattern) => {
    expect(toMatchPattern(parseEhrOrigin(input)!)).toBe(pattern);
  });
  it.each(['*', '<all_urls>', 'https://*', 'https://*/*', 'https://*.com', 'https://*.127.0.0.1', '*://ehr.example.org', 'ftp://ehr.example.org',
    'https://ehr.example.org/chart', 'ehr.example.org', 'https://-bad.example.org', 'https://ehr.example.org:99999', ''])('refuses %j', (input) => {
    expect(parseEhrOrigin(input)).toBeNull();
  });
});

describe('patternCovers', () => {
  it.each([
    ['<all_urls>', 'https://ehr.example.org/*', true],
    ['*://*/*', 'https://ehr.example.org/*', true],
    ['https://*/*', 'http://ehr.example.org/*', false],
    ['https://*.example.org/*', 'https://ehr.example.org/*', true],
    ['https://*.example.org/*', 'https://example.org/*', true],
    ['https://*.example.org/*', 'https://*.ehr.example.org/*', true],
    ['https://ehr.example.org/*', 'https://*.ehr.example.org/*', false],
    ['https://ehr.example.org/*', 'https://ehr.example.org/*', true],
    ['https://ehr.example.org/app/*', 'https://ehr.example.org/*', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1/*', true],
    ['https://badexample.org/*', 'https://example.org/*', false],
    ['https://*.example.org/*', 'https://badexample.org/*', false],
  ])('%s covers %s: %s', (broad, narrow, expected) => {
    expect(patternCovers(broad, narrow)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { webDetector } from './web';
import { claims } from './test-util';

describe('rules.web', () => {
  it.each([
    ['mail john.doe@example.com now', ['EMAIL:john.doe@example.com']],
    ['see https://www.x.org/a?b=1.', ['URL:https://www.x.org/a?b=1']],
    ['portal mychart.example.org', ['URL:mychart.example.org']],
    ['host 10.0.0.1 down', ['IP:10.0.0.1']],
    ['v6 6e40:4041:c617:e898:c11:40d2:c669:2eb4', ['IP:6e40:4041:c617:e898:c11:40d2:c669:2eb4']],
    ['at 10:30:00 pm', []],
    ['dose 2.5 mg', []],
    ['version 1.2.3.999', []],
  ])('%j -> %j', async (text, expected) => {
    expect(await claims(webDetector, text)).toEqual(expected);
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const dir = join(__dirname, 'fixtures');
const texts: string[] = JSON.parse(readFileSync(join(dir, 'tokenizer-input.json'), 'utf8'));
const expected: [string, number, number][][] = JSON.parse(readFileSync(join(dir, 'tokenizer-expected.json'), 'utf8'));
const asTriples = (text: string) => tokenize(text).map((t) => [t.text, t.start, t.end]);

describe('tokenize', () => {
  it('matches the committed Python tokenizer output on every fixture text', () => {
    expect(texts.length).toBe(expected.length);
    texts.forEach((text, i) => expect(asTriples(text)).toEqual(expected[i]));
  });

  it.runIf(existsSync('/usr/bin/python3'))('matches the Python tokenizer run live', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tok-')), 'out.json');
    execFileSync('/usr/bin/python3', [join(__dirname, '../../../models/phi-ner/train/tokenizer.py'), join(dir, 'tokenizer-input.json'), out]);
    const live: unknown[] = JSON.parse(readFileSync(out, 'utf8'));
    texts.forEach((text, i) => expect(asTriples(text)).toEqual(live[i]));
  });

  it.each([
    ["Dr. O'Neil 4/12", ['Dr', '.', 'O', "'", 'Neil', '4', '/', '12']],
    ['SMITH, JOHN', ['SMITH', ',', 'JOHN']],
    ['MRN 1234-5678', ['MRN', '1234', '-', '5678']],
    ['70yo', ['70yo']],
    ['a😀b', ['a', '😀', 'b']],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('keeps UTF-16 offsets exact across emoji, CRLF and RTL text', () => {
    for (const text of texts) for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

/**
 * Text helpers shared by detectors: word tokenisation with UTF-16 offsets and a cheap test for
 * "this document is written in upper case" (ICU notes), where capitalisation carries no signal.
 * Invariant: every token satisfies text.slice(start, end) === token.text.
 */

/** A word token; offsets are UTF-16 code units, end exclusive. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Splits text into word tokens (letters/digits, with inner apostrophes such as O'Neil).
 * @example wordTokens("Dr. O'Neil").map((t) => t.text) // ['Dr', "O'Neil"]
 */
export function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * True when most letters of the text are upper case (telegraphic ICU style).
 * @example isUpperText('PT C/O SOB, SEEN BY DR SMITH') // true
 */
export function isUpperText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 0 && upper >= 3 * lower;
}

/** True for a token that starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for a token whose letters are all upper case (and that has letters). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Strips a trailing possessive ('s / ’s) so "Parkinson's" looks up as "Parkinson". */
export function stripPossessive(word: string): string {
  return word.replace(/['’][sS]$/, '');
}

/** Builds a span-producing helper: every regex match (or capture group `group`) becomes a span. */
export function regexAll(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Escapes regex metacharacters so that `text` matches literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex for any of `terms` as whole words (no letter or digit on either side), with any run of
 * whitespace where a term has whitespace. Alternatives are tried in the order given.
 * @example wholeTermsRegex(['Mayo Clinic'], 'giu').test('at MAYO  CLINIC.') // true
 */
export function wholeTermsRegex(terms: readonly string[], flags: string): RegExp {
  const alternatives = terms.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}


/**
 * Word-level tokenizer of the PHI NER model. It owns the one definition of a "token" that the
 * generator, the trainer (via models/phi-ner/train/tokenizer.py) and the detector share.
 * Invariant: offsets are UTF-16 code units into the input, `text.slice(start, end) === token.text`,
 * and the Python twin produces exactly the same tokens (tested on a committed fixture).
 */

/** One token: a run of letters, marks and decimal digits, or a single other non-space code point. */
export interface Token {
  text: string;
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u;

/** Whitespace, listed explicitly so that JavaScript and Python agree code point by code point. */
const SPACES = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** WORD_CHAR for ASCII, without a string per character: the only ASCII letters and digits. */
function isAsciiWordChar(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
}

/** True for the code points the tokenizer treats as whitespace. */
export function isSpace(codePoint: number): boolean {
  return SPACES.has(codePoint);
}

/**
 * Splits text into word tokens with UTF-16 offsets.
 * @example tokenize("Dr. O'Neil 4/12").map((t) => t.text) // ['Dr', '.', 'O', "'", 'Neil', '4', '/', '12']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80 ? isAsciiWordChar(cp) : WORD_CHAR.test(text.slice(i, i + width))) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) {
        tokens.push({ text: text.slice(wordStart, i), start: wordStart, end: i });
        wordStart = -1;
      }
      if (!SPACES.has(cp)) tokens.push({ text: text.slice(i, i + width), start: i, end: i + width });
    }
    i += width;
  }
  if (wordStart >= 0) tokens.push({ text: text.slice(wordStart), start: wordStart, end: text.length });
  return tokens;
}

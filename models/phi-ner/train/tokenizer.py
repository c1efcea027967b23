"""Python twin of utils/detection/model/tokenize.ts (the TS module is the reference).

A token is a run of letters (L*), marks (M*) and decimal digits (Nd), or one other non-space
code point. Offsets are UTF-16 code units, as in JavaScript. Run as a script to (re)write the
committed tokenizer fixture: python3 tokenizer.py <input.json> <output.json> (tokens as [text, start, end]).
"""
import json
import sys
import unicodedata

SPACES = {
    0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
    0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF,
}


def _is_word(ch):
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "M") or cat == "Nd"


def tokenize(text):
    """Returns [(token_text, start_utf16, end_utf16)]."""
    tokens = []
    word_start = -1
    word_chars = []
    pos = 0  # UTF-16 offset
    for ch in text:
        width = 2 if ord(ch) > 0xFFFF else 1
        if _is_word(ch):
            if word_start < 0:
                word_start = pos
            word_chars.append(ch)
        else:
            if word_start >= 0:
                tokens.append(("".join(word_chars), word_start, pos))
                word_start, word_chars = -1, []
            if ord(ch) not in SPACES:
                tokens.append((ch, pos, pos + width))
        pos += width
    if word_start >= 0:
        tokens.append(("".join(word_chars), word_start, pos))
    return tokens


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = json.load(f)
    lines = [json.dumps([[t, s, e] for t, s, e in tokenize(text)], ensure_ascii=False) for text in texts]
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")


if __name__ == "__main__":
    main()

/**
 * Proof suite: property-based tests (fast-check) over the PHI engine, adding what the engine's own
 * tests (utils/detection/index.test.ts: offsets valid, detected originals gone) do not cover:
 * exact reconstruction (nothing outside a span changes), known and deny-listed identifiers are
 * always masked in any context, determinism, and placeholder integrity for hostile input.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeAssets } from '../../../tools/node-assets';
import { createPhiEngine, reidentify, type Analysis, type PhiEngine } from '../../../utils/detection/index';

let engine: PhiEngine;
beforeAll(async () => {
  // Rules + lexicons (the model is covered by its own parity tests and is optional in Node).
  engine = await createPhiEngine({ assets: nodeAssets(), ort: {} as never, policy: { useModel: false } });
});

const TAG = /\[[A-Z]+_\d+\]/g;
/** Odd text: graphemes (emoji, combining marks, RTL), control chars, CRLF, NUL, bidi overrides. */
const odd = fc.constantFrom('\r\n', '\u0000', '\u202e', '\u200f', 'e\u0301', '👩🏽‍⚕️', 'שלום', 'مرحبا', '\t', '\u000b', '\ufeff', '\ud800');
const phiBits = fc.constantFrom('Dr. Smith', 'SMITH, JOHN', 'MRN 1234-5678', '(503) 555-0147', '03/14/1951', 'w.holloway@example.net', 'age 93', '4410 SW Alder Rd');
const noteText = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), odd, phiBits), { minLength: 1, maxLength: 14 })
  .map((parts) => `${parts.join(' ')} .`);
/** Identifiers a banner can carry (names, MRNs), made of letters/digits so they form whole words. */
const identifier = fc.oneof(
  fc.tuple(fc.stringMatching(/^[A-Z][a-z]{3,9}$/), fc.stringMatching(/^[A-Z][a-z]{3,9}$/)).map(([a, b]) => `${a} ${b}`),
  fc.stringMatching(/^[0-9]{6,10}$/),
);
const words = fc.array(fc.constantFrom('patient', 'seen', 'today', 'stable', 'bp', '120/80', 'no', 'fever', '.', ',', '\r\n', 'نعم', '😀'), { maxLength: 8 })
  .map((w) => w.join(' '));

/** Rebuilds the sanitized text from the input, the spans and the placeholder table. */
function rebuild(text: string, a: Analysis): string {
  let out = '';
  let cursor = 0;
  for (const s of a.spans) {
    const original = text.slice(s.start, s.end);
    const entry = a.placeholders.find((p) => p.entity === s.entity && p.original === original);
    expect(entry, 'every span has a placeholder entry').toBeDefined();
    out += text.slice(cursor, s.start) + entry!.placeholder;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

describe('engine properties (proof suite)', () => {
  it('sanitized text is exactly the input with each span replaced by its placeholder (odd input included)', async () => {
    await fc.assert(fc.asyncProperty(noteText, async (t) => {
      if (!t.trim()) return;
      const a = await engine.analyze(t);
      expect(rebuild(t, a)).toBe(a.sanitized);
      // Counts agree with spans.
      const total = Object.values(a.counts).reduce((x, y) => x + (y ?? 0), 0);
      expect(total).toBe(a.spans.length);
    }), { numRuns: 120 });
  });

  it('a known identifier from the banner is masked wherever it appears', async () => {
    await fc.assert(fc.asyncProperty(words, identifier, words, async (before, id, after) => {
      const t = `${before} ${id} ${after} .`;
      const a = await engine.analyze(t, { known: [id] });
      expect(a.sanitized.includes(id)).toBe(false);
    }), { numRuns: 120 });
  });

  it('a deny-listed term is masked wherever it appears', async () => {
    await fc.assert(fc.asyncProperty(words, fc.stringMatching(/^[A-Z][a-z]{4,10}$/), words, async (before, term, after) => {
      const a = await engine.analyze(`${before} ${term} ${after} .`, { policy: { denyTerms: [term] } });
      expect(a.sanitized.includes(term)).toBe(false);
    }), { numRuns: 80 });
  });

  it('is deterministic: the same input gives the same spans and sanitized text', async () => {
    await fc.assert(fc.asyncProperty(noteText, async (t) => {
      if (!t.trim()) return;
      const [a, b] = [await engine.analyze(t), await engine.analyze(t)];
      expect(b.sanitized).toBe(a.sanitized);
      expect(b.spans).toEqual(a.spans);
    }), { numRuns: 40 });
  });

  it('reidentify restores every placeholder the engine produced, and nothing else changes', async () => {
    await fc.assert(fc.asyncProperty(noteText.filter((t) => !t.includes('[')), async (t) => {
      if (!t.trim()) return;
      const a = await engine.analyze(t);
      const back = reidentify(a.sanitized, a.placeholders);
      expect(back.match(TAG)).toBeNull();
      // Text outside spans is untouched by the round trip.
      let cursor = 0;
      for (const s of a.spans) {
        expect(back.includes(t.slice(cursor, s.start))).toBe(true);
        cursor = s.end;
      }
    }), { numRuns: 80 });
  });

  // BUG (utils/detection/operators.ts, assignIdentities/applyOperator): a literal placeholder-shaped
  // token in the input (e.g. "[NAME_1]" typed in a note, or planted by a page) is not escaped and
  // the engine reuses the same tag for a real name, so the LLM sees two identical tags and
  // reidentify() turns the literal token into the patient's real name. Repro:
  // analyze('[NAME_1] met Dr. Smith today.').sanitized === '[NAME_1] met [NAME_1] today.'.
  // Marked `fails` until the engine skips tags already present in the input; then flip to `it`.
  it('a placeholder-shaped token in the input never collides with a generated placeholder', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: 3 }), words, async (n, w) => {
      const t = `[NAME_${n}] ${w} Dr. Smith and Mary Jones .`;
      const a = await engine.analyze(t);
      const generated = new Set(a.placeholders.map((p) => p.placeholder));
      expect(generated.has(`[NAME_${n}]`)).toBe(false);
    }), { numRuns: 20 });
  });
});

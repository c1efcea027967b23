import { describe, expect, it } from 'vitest';
import { contentWords, linkEvidence, splitSentences } from './evidence.ts';

const SOURCE = 'Anna Smith was admitted with chest pain radiating to the left arm.\nTroponin was elevated. ECG showed ST depression.\nStarted aspirin and heparin; cardiology consulted.\nShe lives with her daughter.';

describe('evidence', () => {
  it('splits sentences with exact offsets', () => {
    const s = splitSentences(SOURCE);
    expect(s.map((x) => x.text)).toEqual([
      'Anna Smith was admitted with chest pain radiating to the left arm.', 'Troponin was elevated.', 'ECG showed ST depression.',
      'Started aspirin and heparin; cardiology consulted.', 'She lives with her daughter.',
    ]);
    for (const x of s) expect(SOURCE.slice(x.start, x.end)).toBe(x.text);
    expect(splitSentences('- **Chest pain** resolved.\n1. Follow up.').map((x) => x.text)).toEqual(['**Chest pain** resolved.', 'Follow up.']);
  });

  it('normalises words', () => {
    expect(contentWords('The patient has Elevated troponins, 81 mg')).toEqual(['elevated', 'troponin', '81']);
  });

  it('links each summary sentence to its source sentences', () => {
    const links = linkEvidence('- Anna Smith admitted with chest pain.\n- Elevated troponin and ST depression on ECG.\n- Given aspirin and heparin.\n- Prognosis is excellent.', SOURCE);
    const text = (i: number) => links[i]!.sources.map((s) => SOURCE.slice(s.start, s.end));
    expect(text(0)[0]).toContain('chest pain');
    expect(text(1)).toEqual(expect.arrayContaining(['Troponin was elevated.', 'ECG showed ST depression.']));
    expect(text(2)[0]).toContain('aspirin');
    expect(links[3]!.sources).toEqual([]); // nothing supports it: no link invented
  });
});

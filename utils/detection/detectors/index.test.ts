import { describe, expect, it } from 'vitest';
import { RULE_DETECTORS } from './index';

describe('RULE_DETECTORS as a tripwire on sanitized text', () => {
  it('never flags placeholders', async () => {
    const text = '[NAME_1] seen at [LOCATION_2] on [DATE_3], [MRN_12] [PHONE_1] [ID_104] [EMAIL_1] [AGE_1] [ZIP_1]. K 4.1, BP 120/80, 2/3 of doses, in 1992.';
    for (const d of RULE_DETECTORS) expect(await d.detect(text, { known: [], failSafeThreshold: 0.3 })).toEqual([]);
  });
  it('still flags raw identifiers', async () => {
    const spans = (await Promise.all(RULE_DETECTORS.map((d) => d.detect('MRN 1234-5678 call 555-123-4567', { known: [], failSafeThreshold: 0.3 })))).flat();
    expect(spans.length).toBeGreaterThan(0);
  });
});

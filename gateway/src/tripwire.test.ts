import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, buildCombineMessages, buildMessages } from '../../utils/summary/templates.ts';
import { DEFAULTS } from './config.ts';
import { HttpError } from './http.ts';
import { createTripwire, loadRuleDetectors } from './tripwire.ts';

const tripwire = createTripwire(loadRuleDetectors(), DEFAULTS.tripwireEntities);
const rejected = async (text: string) => {
  try { await tripwire.check([text]); return null; } catch (e) { return e as HttpError; }
};

describe('PHI tripwire with the engine rule detectors', () => {
  it('passes sanitized text with placeholders and every built-in prompt', async () => {
    const sanitized = 'Patient [NAME_1] (MRN [MRN_1], DOB [DATE_1]) called from [PHONE_1] / [EMAIL_1]; seen at [ORGANIZATION_1] on [DATE_2]. BP 142/88, aspirin 81 mg, 3 days of pain.';
    for (const t of BUILTIN_TEMPLATES) {
      for (const m of [...buildMessages(t, sanitized, { index: 1, total: 2 }), ...buildCombineMessages(t, [sanitized])]) {
        expect(await rejected(m.content)).toBeNull();
      }
    }
  });

  it.each([
    ['SSN', 'SSN 123-45-6789 on file'],
    ['PHONE', 'call back at (555) 123-4567'],
    ['EMAIL', 'email jane.doe@example.com'],
    ['MRN', 'MRN: 00123456'],
    ['DATE', 'DOB 03/14/1961'],
  ])('rejects %s with 422, naming the type but not the text', async (entity, text) => {
    const err = await rejected(`Pt [NAME_1]. ${text}.`);
    expect(err?.status).toBe(422);
    expect(err?.message).toContain(entity);
    expect(JSON.stringify(err?.extra)).not.toMatch(/\d{3}/);
  });
});

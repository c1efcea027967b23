import { describe, expect, it } from 'vitest';
import { validateEvent } from './events';

const HASH = 'a'.repeat(64);

describe('validateEvent: insert', () => {
  it('accepts the short form (chars only) and the linked form (hashes, model, policy revision)', () => {
    expect(validateEvent({ type: 'insert', chars: 3 })).toEqual({ type: 'insert', chars: 3 });
    const full = { type: 'insert', chars: 3, outputSha256: HASH, inputSha256: HASH, model: 'phi-ner-v1', policyRevision: '2026-11-01' };
    expect(validateEvent(full)).toEqual(full);
  });

  it('rejects free text in the linking fields', () => {
    expect(() => validateEvent({ type: 'insert', chars: 3, outputSha256: 'Jane Doe' })).toThrow(/outputSha256/);
    expect(() => validateEvent({ type: 'insert', chars: 3, model: 'Jane Doe' })).toThrow(/model/);
    expect(() => validateEvent({ type: 'send', gateway: 'gw', template: 't', chars: 1 })).toThrow(/sanitizedSha256/);
  });
});

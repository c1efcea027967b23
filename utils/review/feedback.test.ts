import { describe, expect, it } from 'vitest';
import { validateEvent } from '../audit/events';
import { buildFeedbackReport, feedbackAuditEvent, isFeedbackReport, newSalt } from './feedback';

const SALT_A = 'a1'.repeat(32);
const SALT_B = 'b2'.repeat(32);
const TEXT = 'Margaret Holloway 03/14/1951';

async function hex(s: string) {
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('buildFeedbackReport', () => {
  it('contains none of the input text, only category, entity, salted hash, model and policy revision', async () => {
    const r = await buildFeedbackReport({ kind: 'missed-phi', entity: 'NAME', text: TEXT, salt: SALT_A, modelVersion: 'phi-ner-2026.11', policyRevision: '2026-11-25.1', now: new Date(Date.UTC(2026, 10, 25, 15, 0)) });
    const json = JSON.stringify(r);
    for (const part of [TEXT, 'Margaret', 'Holloway', '03/14/1951', SALT_A]) expect(json).not.toContain(part);
    expect(Object.keys(r).sort()).toEqual(['at', 'entity', 'kind', 'modelVersion', 'policyRevision', 'saltedHash']);
    expect(r).toMatchObject({ kind: 'missed-phi', entity: 'NAME', modelVersion: 'phi-ner-2026.11', policyRevision: '2026-11-25.1', at: '2026-11-25T15:00:00.000Z' });
    expect(r.saltedHash).toBe(await hex(SALT_A + TEXT));
    expect(isFeedbackReport(r)).toBe(true);
  });

  it('the hash changes with the salt (and is stable for the same salt)', async () => {
    const a = await buildFeedbackReport({ kind: 'false-mask', text: TEXT, salt: SALT_A, modelVersion: 'm1' });
    const a2 = await buildFeedbackReport({ kind: 'false-mask', text: TEXT, salt: SALT_A, modelVersion: 'm1' });
    const b = await buildFeedbackReport({ kind: 'false-mask', text: TEXT, salt: SALT_B, modelVersion: 'm1' });
    expect(a.saltedHash).toBe(a2.saltedHash);
    expect(a.saltedHash).not.toBe(b.saltedHash);
    expect(a.saltedHash).not.toBe(await hex(TEXT)); // not the bare, guessable hash of the text
  });

  it('slugs a free-text policy revision instead of carrying it', async () => {
    const r = await buildFeedbackReport({ kind: 'false-mask', text: 'x', salt: newSalt(), modelVersion: 'm1', policyRevision: 'Rev 7 by Dr Okafor' });
    expect(r.policyRevision).toBe('rev-7-by-dr-okafor');
    expect(isFeedbackReport(r)).toBe(true);
  });

  it('makes a fresh 32-byte salt each time', () => {
    expect(newSalt()).toMatch(/^[0-9a-f]{64}$/);
    expect(newSalt()).not.toBe(newSalt());
  });
});

describe('isFeedbackReport', () => {
  const ok = { kind: 'false-mask', saltedHash: 'c'.repeat(64), modelVersion: 'm1', at: '2026-11-25T15:00:00.000Z' };
  it.each([
    ['an extra text field', { ...ok, text: 'Margaret Holloway' }],
    ['free text as model version', { ...ok, modelVersion: 'Margaret Holloway' }],
    ['a non-hash', { ...ok, saltedHash: 'Margaret' }],
    ['an unknown kind', { ...ok, kind: 'other' }],
    ['an unknown entity', { ...ok, entity: 'PATIENT' }],
    ['a bad time', { ...ok, at: 'yesterday' }],
  ])('rejects %s', (_n, v) => expect(isFeedbackReport(v)).toBe(false));
  it('accepts the minimal report', () => expect(isFeedbackReport(ok)).toBe(true));
});

describe('feedbackAuditEvent', () => {
  it('is a valid audit event with only kind, entity, hash and model version', async () => {
    const r = await buildFeedbackReport({ kind: 'missed-phi', entity: 'PHONE', text: '(503) 555-0147', salt: SALT_A, modelVersion: 'PHI-NER+1', policyRevision: 'p1' });
    const e = feedbackAuditEvent(r);
    expect(validateEvent(e)).toEqual({ type: 'feedback', kind: 'missed-phi', entity: 'PHONE', hash: r.saltedHash, modelVersion: 'phi-ner-1' });
    expect(validateEvent(feedbackAuditEvent({ ...r, entity: undefined }))).not.toHaveProperty('entity');
    expect(() => validateEvent({ ...e, text: '(503) 555-0147' })).toThrow(/unexpected field/);
  });
});

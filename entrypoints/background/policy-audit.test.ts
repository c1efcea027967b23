import { describe, expect, it } from 'vitest';
import { validateEvent } from '@/utils/audit/events';
import { defaultSettings } from '@/utils/policy/keys';
import { policyChangeEvent } from './policy-audit';

describe('policyChangeEvent', () => {
  it('names the changed keys as slugs and hashes the new values, never echoing a value', async () => {
    const before = defaultSettings();
    const after = { ...before, maxDrafts: 5, denyTerms: ['Holloway Clinic'] };
    const e = await policyChangeEvent(before, after);
    expect(e).toMatchObject({ type: 'policy.change', keys: ['maxdrafts', 'denyterms'] });
    expect(validateEvent(e)).toBe(e);
    expect(JSON.stringify(e)).not.toContain('Holloway');
  });

  it('returns null when nothing changed, and a different hash for different values', async () => {
    const base = defaultSettings();
    expect(await policyChangeEvent(base, { ...base })).toBeNull();
    const a = await policyChangeEvent(base, { ...base, maxDrafts: 5 });
    const b = await policyChangeEvent(base, { ...base, maxDrafts: 6 });
    expect(a && b && a.type === 'policy.change' && b.type === 'policy.change' && a.policySha256 !== b.policySha256).toBe(true);
  });
});

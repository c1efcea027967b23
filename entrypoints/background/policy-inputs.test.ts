import { describe, expect, it } from 'vitest';
import { SETTINGS, SETTING_KEYS } from '@/utils/policy/keys';
import type { EffectivePolicy } from '@/utils/policy/merge';
import { DEMO_BANNER_SELECTORS, deriveCaptureSettings } from './policy-inputs';

function policy(over: Partial<EffectivePolicy['values']> = {}, fromPolicy: string[] = []): Pick<EffectivePolicy, 'values' | 'sources'> {
  const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default])) as unknown as EffectivePolicy['values'];
  const sources = Object.fromEntries(SETTING_KEYS.map((k) => [k, fromPolicy.includes(k) ? 'policy' : 'default'])) as EffectivePolicy['sources'];
  return { values: { ...values, ...over }, sources };
}

describe('deriveCaptureSettings', () => {
  it('keeps the engine defaults when nothing is set', () => {
    expect(deriveCaptureSettings(policy()).engine).toEqual({});
  });

  it('passes organisation settings to the engine', () => {
    const s = deriveCaptureSettings(policy({ failSafeThreshold: 0.2, operator: 'surrogate', denyTerms: ['ZEBRA CLINIC'] }, ['failSafeThreshold', 'operator']));
    expect(s.engine).toEqual({ failSafeThreshold: 0.2, operator: 'surrogate', denyTerms: ['ZEBRA CLINIC'] });
  });

  it('uses the policy maximum selection size', () => {
    expect(deriveCaptureSettings(policy({ maxSelectionChars: 500 }, ['maxSelectionChars'])).maxSelectionChars).toBe(500);
  });

  it('picks banner selectors by page origin, demo selectors only on the demo origin', () => {
    const s = deriveCaptureSettings(policy({ bannerSelectors: [{ origin: 'https://*.ehr.example.org', selectors: ['#pt-banner .name'] }] }));
    expect(s.bannerSelectors('https://a.ehr.example.org/chart')).toEqual(['#pt-banner .name']);
    expect(s.bannerSelectors('https://evil-ehr.example.org.attacker.test/')).toEqual([]);
    expect(s.bannerSelectors('http://127.0.0.1:8123/')).toEqual([...DEMO_BANNER_SELECTORS]);
    expect(s.bannerSelectors('http://localhost:8123/')).toEqual([]);
    expect(s.bannerSelectors(undefined)).toEqual([]);
  });
});

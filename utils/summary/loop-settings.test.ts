import { describe, expect, it } from 'vitest';
import { SETTINGS, SETTING_KEYS, type PolicySettings } from '../policy/keys';
import type { SettingSource } from '../policy/merge';
import { DEV_GATEWAY_URL, loopSettingsFrom } from './loop-settings';

const defaults = () => Object.fromEntries(SETTING_KEYS.map((k) => [k, structuredClone(SETTINGS[k].default)])) as unknown as PolicySettings;
const sources = (over: Partial<Record<string, SettingSource>> = {}) =>
  Object.fromEntries(SETTING_KEYS.map((k) => [k, over[k] ?? 'default'])) as Record<(typeof SETTING_KEYS)[number], SettingSource>;

describe('loopSettingsFrom', () => {
  it('defaults to the dev gateway and its issuer, with un-mask allowed', () => {
    const s = loopSettingsFrom({ values: defaults(), sources: sources() }, 'https://id.chromiumapp.org/');
    expect(s.endpoints).toEqual([DEV_GATEWAY_URL]);
    expect(s.auth).toMatchObject({ issuer: `${DEV_GATEWAY_URL}/oidc`, clientId: 'chartveil-extension', redirectUri: 'https://id.chromiumapp.org/' });
    expect(s.allowUnmask).toBe(true);
    expect(s.forceMasked).toBe(false);
    expect(s.templates.length).toBeGreaterThanOrEqual(5);
  });

  it('follows configured gateways, issuer, an explicit un-mask ban and masked-only copy', () => {
    const v = { ...defaults(), gatewayUrl: 'https://gw1.example.org', gatewayUrlSecondary: 'https://gw2.example.org', oidcIssuer: 'https://idp.example.org', oidcClientId: 'cv', allowUnmask: false, allowCopyReidentified: false };
    const s = loopSettingsFrom({ values: v, sources: sources({ allowUnmask: 'policy' }) }, 'https://id.chromiumapp.org/');
    expect(s.endpoints).toEqual(['https://gw1.example.org', 'https://gw2.example.org']);
    expect(s.auth).toMatchObject({ issuer: 'https://idp.example.org', clientId: 'cv' });
    expect(s.allowUnmask).toBe(false);
    expect(s.forceMasked).toBe(true);
  });
});

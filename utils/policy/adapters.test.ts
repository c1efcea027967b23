import { describe, expect, it } from 'vitest';
import { resolveTemplates } from '@/utils/summary/templates';
import { authSettingsFrom, enginePolicyFrom, gatewayEndpointsFrom, templatePolicyFrom } from './adapters';
import { defaultSettings } from './keys';
import { mergeLayers } from './merge';
import { validateLayer } from './schema';

const values = (managed: Record<string, unknown>) =>
  mergeLayers(validateLayer(managed, 'policy'), validateLayer({}, 'user'), { receivedPolicyKeys: Object.keys(managed), managedAvailable: true }).values;

describe('adapters', () => {
  it('engine policy carries the masking settings', () => {
    const v = values({ maskedEntities: ['NAME', 'MRN'], failSafeThreshold: 0.2, operator: 'surrogate', allowTerms: ['CBC'], denyTerms: ['Bluebird'] });
    expect(enginePolicyFrom(v)).toEqual({ enabledEntities: ['NAME', 'MRN'], failSafeThreshold: 0.2, operator: 'surrogate', allowTerms: ['CBC'], denyTerms: ['Bluebird'] });
  });

  it('template policy adds and locks through the summary module', () => {
    const v = values({ summaryTemplates: [{ id: 'ed', name: 'ED hand-off', prompt: 'SBAR.' }], lockTemplates: true });
    const resolved = resolveTemplates({ policy: templatePolicyFrom(v), userEdits: { brief: 'Mine.' } });
    expect(resolved.find((t) => t.id === 'ed')).toMatchObject({ name: 'ED hand-off', source: 'policy', locked: true });
    expect(resolved.find((t) => t.id === 'brief')!.prompt).not.toBe('Mine.');
  });

  it('gateway endpoints in failover order, empty when unset', () => {
    expect(gatewayEndpointsFrom(defaultSettings())).toEqual([]);
    expect(gatewayEndpointsFrom(values({ gatewayUrl: 'https://a.example.org', gatewayUrlSecondary: 'https://b.example.org' }))).toEqual(['https://a.example.org', 'https://b.example.org']);
  });

  it('auth settings only when issuer and client id are set', () => {
    expect(authSettingsFrom(defaultSettings(), 'https://x.chromiumapp.org/')).toBeNull();
    expect(authSettingsFrom(values({ oidcIssuer: 'https://login.example.org', oidcClientId: 'cv' }), 'https://x.chromiumapp.org/')).toEqual({ issuer: 'https://login.example.org', clientId: 'cv', scopes: ['openid'], redirectUri: 'https://x.chromiumapp.org/' });
  });
});

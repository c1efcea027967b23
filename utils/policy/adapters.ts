/**
 * Hands the effective policy to the modules that enforce it, in their own shapes: the PHI
 * engine (EnginePolicy), summary templates (TemplatePolicy), the gateway client (endpoints) and
 * OIDC (AuthSettings). One place, so a consumer cannot pick a setting up wrongly. Pure.
 */
import type { EnginePolicy } from '@/utils/detection/index';
import type { AuthSettings } from '@/utils/gateway/auth';
import type { TemplatePolicy } from '@/utils/summary/templates';
import type { PolicySettings } from './keys';

/**
 * Engine settings for `createPhiEngine({ policy })` / `analyze(text, { policy })`.
 * @example engine.analyze(text, { policy: enginePolicyFrom(effective.values) })
 */
export function enginePolicyFrom(v: PolicySettings): Omit<EnginePolicy, 'useModel'> {
  return {
    enabledEntities: [...v.maskedEntities],
    failSafeThreshold: v.failSafeThreshold,
    operator: v.operator,
    allowTerms: [...v.allowTerms],
    denyTerms: [...v.denyTerms],
  };
}

/**
 * Template additions and lock for `resolveTemplates({ policy })`.
 * @example resolveTemplates({ policy: templatePolicyFrom(effective.values), userEdits })
 */
export function templatePolicyFrom(v: PolicySettings): TemplatePolicy {
  return { add: v.summaryTemplates.map((t) => ({ id: t.id, name: t.name, prompt: t.prompt })), lockAll: v.lockTemplates };
}

/**
 * Gateway base URLs in failover order for `streamChat({ endpoints })`; empty means sending is off.
 * @example gatewayEndpointsFrom(values) // ['https://gw-east.example.org/v1', 'https://gw-west.example.org/v1']
 */
export function gatewayEndpointsFrom(v: PolicySettings): string[] {
  return [v.gatewayUrl, v.gatewayUrlSecondary].filter((u, i, all) => u !== '' && all.indexOf(u) === i);
}

/**
 * OIDC settings for `createAuth(...)`, or null when the issuer or client id is not configured.
 * @example authSettingsFrom(values, browser.identity.getRedirectURL())
 */
export function authSettingsFrom(v: PolicySettings, redirectUri: string): AuthSettings | null {
  if (!v.oidcIssuer || !v.oidcClientId) return null;
  return { issuer: v.oidcIssuer, clientId: v.oidcClientId, scopes: [...v.oidcScopes], redirectUri };
}

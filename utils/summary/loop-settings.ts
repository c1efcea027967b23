/**
 * What the side panel's summarize loop takes from the effective policy (utils/policy): gateway
 * URLs in failover order, OIDC settings, un-mask permission, masked-only output, draft marker and
 * templates. With nothing configured it points at the dev gateway that `npm start` runs
 * (tools/start.ts and gateway DEFAULTS both use port 8787) and its built-in dev issuer.
 */
import type { AuthSettings } from '../gateway/auth';
import { authSettingsFrom, gatewayEndpointsFrom, templatePolicyFrom } from '../policy/adapters';
import type { EffectivePolicy } from '../policy/merge';
import { resolveTemplates, type SummaryTemplate } from './templates';

/** The dev gateway `npm start` starts (tools/start.ts `--gateway-port` default, gateway DEFAULTS.port). */
export const DEV_GATEWAY_URL = 'http://127.0.0.1:8787';
/** The client id the dev issuer accepts (gateway DEFAULTS.devClientId). */
export const DEV_CLIENT_ID = 'chartveil-extension';

export interface LoopSettings {
  endpoints: string[];
  auth: AuthSettings;
  /** The default is "allowed": only an explicit `false` from policy or user turns it off. */
  allowUnmask: boolean;
  /** Copy and insert give the masked version only. */
  forceMasked: boolean;
  draftMarker: string;
  templates: SummaryTemplate[];
}

/**
 * @example loopSettingsFrom(await readEffectivePolicy(), browser.identity.getRedirectURL()).endpoints // ['http://127.0.0.1:8787']
 */
export function loopSettingsFrom(policy: Pick<EffectivePolicy, 'values' | 'sources'>, redirectUri: string): LoopSettings {
  const { values, sources } = policy;
  const configured = gatewayEndpointsFrom(values);
  const endpoints = configured.length ? configured : [DEV_GATEWAY_URL];
  const auth = authSettingsFrom(values, redirectUri) ?? {
    issuer: values.oidcIssuer || `${endpoints[0]!.replace(/\/$/, '')}/oidc`,
    clientId: values.oidcClientId || DEV_CLIENT_ID,
    scopes: values.oidcScopes.length ? [...values.oidcScopes] : ['openid'],
    redirectUri,
  };
  return {
    endpoints,
    auth,
    allowUnmask: sources.allowUnmask === 'default' ? true : values.allowUnmask,
    forceMasked: !values.allowCopyReidentified,
    draftMarker: values.draftMarker,
    templates: resolveTemplates({ policy: templatePolicyFrom(values) }),
  };
}

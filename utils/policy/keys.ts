/**
 * THE table of organisational settings: for each key, its managed-schema node (title and
 * description included), safe default, checker, the fallback used when a policy value is
 * unusable (`strict`, never weaker than the default) and whether a user may set it when no
 * policy does. public/managed_schema.json is generated from this table and tested against it.
 */
import { ENTITY_TYPES, type EntityType } from '@/utils/detection/types';
import type { ChromeSchema } from './chrome-schema';
import { bool, endpoint, intRange, list, numRange, oneOf, record, text, type Check } from './checks';
import { parseEhrOrigin, toMatchPattern } from './origin-pattern';

/** A template the organisation adds (utils/summary/templates.ts TemplatePolicy.add shape). */
export interface PolicyTemplate { id: string; name: string; prompt: string }
export interface BannerSelectorRule { origin: string; selectors: string[] }

/** Every effective setting, fully typed. */
export interface PolicySettings {
  ehrOrigins: string[]; gatewayUrl: string; gatewayUrlSecondary: string;
  oidcIssuer: string; oidcClientId: string; oidcScopes: string[];
  maskedEntities: EntityType[]; failSafeThreshold: number; operator: 'mask' | 'surrogate';
  allowUnmask: boolean; requireReview: boolean; allowCopyReidentified: boolean;
  summaryTemplates: PolicyTemplate[]; lockTemplates: boolean;
  idleLockMinutes: number; draftRetentionDays: number; maxDrafts: number;
  auditEndpoint: string; maxSelectionChars: number; allowTerms: string[]; denyTerms: string[];
  bannerSelectors: BannerSelectorRule[]; feedbackEndpoint: string; draftMarker: string;
  expectedKeys: string[]; policyRevision: string;
}
export type SettingKey = keyof PolicySettings;

/** How a user value combines with a policy value: policy replaces, or (for lists that only add protection) union. */
export type MergeRule = 'override' | 'union';

export interface SettingDef<K extends SettingKey> {
  schema: ChromeSchema & { title: string; description: string };
  default: PolicySettings[K];
  /** Used when a policy value is present but unusable. Defaults to `default`. */
  strict?: PolicySettings[K];
  check: Check<PolicySettings[K]>;
  userSettable: boolean;
  merge?: MergeRule;
}

const str = (title: string, description: string): ChromeSchema & { title: string; description: string } =>
  ({ type: 'string', title, description });
const node = (type: ChromeSchema['type'], title: string, description: string, extra: Partial<ChromeSchema> = {}) =>
  ({ type, title, description, ...extra });
const strItems = (title: string, description: string) => ({ items: str(title, description) });

const ehrOrigin: Check<string> = (raw) => {
  const p = typeof raw === 'string' ? parseEhrOrigin(raw) : null;
  return p ? { value: toMatchPattern(p), notes: [] } : { value: null, notes: ['expected a narrow http(s) origin such as https://ehr.example.org'] };
};
const cssSelector = text(300);
const scope: Check<string> = (raw) =>
  typeof raw === 'string' && /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/.test(raw) ? { value: raw, notes: [] } : { value: null, notes: ['expected an OAuth scope token'] };
const templateId: Check<string> = (raw) =>
  typeof raw === 'string' && /^[a-z0-9][a-z0-9_-]{0,39}$/.test(raw) ? { value: raw, notes: [] } : { value: null, notes: ['expected an id of a-z, 0-9, _ or -'] };

/** The table. Order here is the order of the schema, the About view and the admin templates. */
export const SETTINGS: { [K in SettingKey]: SettingDef<K> } = {
  ehrOrigins: { schema: node('array', 'EHR origins', 'Origins of the EHR web applications where ChartVeil may capture selected text, e.g. https://ehr.example.org or https://*.ehr.example.org. Nothing is injected on any other site. Empty: only sites the user grants.', strItems('EHR origin', 'One origin: https://host, optionally with a leading *. wildcard label.')), default: [], check: list(ehrOrigin, 'drop', 100), userSettable: false },
  gatewayUrl: { schema: str('Primary gateway URL', 'Base URL of the organisation\'s OpenAI-compatible gateway (https). Only masked text is ever sent to it. Empty: sending is disabled.'), default: '', check: endpoint, userSettable: true },
  gatewayUrlSecondary: { schema: str('Secondary gateway URL', 'Failover gateway used when the primary is unavailable (https). Empty: no failover.'), default: '', check: endpoint, userSettable: true },
  oidcIssuer: { schema: str('OIDC issuer', 'Issuer URL of the identity provider used to obtain gateway tokens (https). Empty: the gateway is called without a token.'), default: '', check: endpoint, userSettable: true },
  oidcClientId: { schema: str('OIDC client id', 'Public client id registered for ChartVeil at the identity provider.'), default: '', check: (raw) => (raw === '' ? { value: '', notes: [] } : text(200)(raw)), userSettable: true },
  oidcScopes: { schema: node('array', 'OIDC scopes', 'Scopes requested with the token, e.g. openid and the gateway\'s API scope.', strItems('Scope', 'One OAuth scope token.')), default: ['openid'], check: list(scope, 'all', 20), userSettable: true },
  maskedEntities: { schema: node('array', 'PHI types to mask', `PHI entity types that are masked before anything is sent. Known types: ${ENTITY_TYPES.join(', ')}. Default: all of them. An unknown type makes the whole list invalid and all types are masked.`, strItems('PHI type', 'One PHI entity type name.')), default: [...ENTITY_TYPES], check: list(oneOf(ENTITY_TYPES), 'all', ENTITY_TYPES.length), userSettable: false },
  failSafeThreshold: { schema: node('number', 'Fail-safe threshold', 'A token whose PHI probability is at or above this value is masked, whatever the detectors agreed (0.01 to 0.99). Lower masks more. Default 0.3 (tuned on the dev set, see docs/accuracy.md); invalid values fall back to 0.1.'), default: 0.3, strict: 0.1, check: numRange(0.01, 0.99), userSettable: false },
  operator: { schema: str('Masking operator', 'How PHI is replaced before sending: "mask" (placeholders such as [NAME_1]) or "surrogate" (realistic fake values). Both are re-filled locally.'), default: 'mask', check: oneOf(['mask', 'surrogate'] as const), userSettable: true },
  allowUnmask: { schema: node('boolean', 'Allow un-masking', 'Whether a clinician may un-mask a span they judge not to be PHI before sending. Default: true.'), default: true, strict: false, check: bool, userSettable: false },
  requireReview: { schema: node('boolean', 'Require review before sending', 'Whether the masked text must be shown and confirmed before anything is sent. Default: true.'), default: true, check: bool, userSettable: false },
  allowCopyReidentified: { schema: node('boolean', 'Allow copying re-identified text', 'Whether the re-identified summary (real names restored locally) may be copied to the clipboard. Default: true.'), default: true, strict: false, check: bool, userSettable: false },
  summaryTemplates: { schema: node('array', 'Summary templates', 'Summary templates the organisation adds to the built-in ones (a built-in id replaces that built-in). The placeholder guard is always prepended and cannot be removed.', { items: node('object', 'Template', 'One summary template.', { properties: { id: str('Template id', 'Stable id: a-z, 0-9, _ or -.'), name: str('Template name', 'Name shown to clinicians.'), prompt: str('Template prompt', 'Instruction sent to the model with the masked text.') } }) }), default: [], check: list(record<PolicyTemplate>({ id: templateId, name: text(80), prompt: text(4000) }), 'drop', 50), userSettable: false },
  lockTemplates: { schema: node('boolean', 'Lock templates', 'When true, clinicians cannot edit any template; every template is used as shipped or as the organisation set it. Default: false.'), default: false, check: bool, userSettable: false },
  idleLockMinutes: { schema: node('integer', 'Idle lock (minutes)', 'Minutes without activity after which the draft vault locks (1 to 1440). Default: 15.'), default: 15, strict: 5, check: intRange(1, 1440), userSettable: true },
  draftRetentionDays: { schema: node('integer', 'Draft retention (days)', 'Days an encrypted draft is kept before it is deleted (0 to 365; 0 keeps no drafts). Default: 7.'), default: 7, strict: 1, check: intRange(0, 365), userSettable: true },
  maxDrafts: { schema: node('integer', 'Maximum drafts', 'Maximum number of encrypted drafts kept; the oldest are deleted first (0 to 1000). Default: 50.'), default: 50, strict: 10, check: intRange(0, 1000), userSettable: true },
  auditEndpoint: { schema: str('Audit endpoint', 'https URL that receives the PHI-free audit log entries. Empty: the audit log stays on the device only.'), default: '', check: endpoint, userSettable: false },
  maxSelectionChars: { schema: node('integer', 'Maximum selection size', 'Largest selection, in characters, that ChartVeil will process (100 to 2000000). Default: 200000, about 50 pages.'), default: 200000, check: intRange(100, 2000000), userSettable: false },
  allowTerms: { schema: node('array', 'Allow terms', 'Terms that are never masked, e.g. the organisation\'s clinic names and lab mnemonics.', strItems('Allow term', 'One term, matched case-insensitively as a whole word.')), default: [], check: list(text(200), 'drop', 2000), userSettable: false },
  denyTerms: { schema: node('array', 'Deny terms', 'Terms that are always masked. Users may add more; policy terms cannot be removed.', strItems('Deny term', 'One term, matched case-insensitively as a whole word.')), default: [], check: list(text(200), 'drop', 2000), userSettable: true, merge: 'union' },
  bannerSelectors: { schema: node('array', 'Patient banner selectors', 'Per-EHR CSS selectors of the patient banner. Text found there (name, MRN, date of birth) seeds known-PHI detection for that page.', { items: node('object', 'Banner rule', 'Selectors for one EHR origin.', { properties: { origin: str('EHR origin', 'Origin the rule applies to, as in EHR origins.'), selectors: node('array', 'CSS selectors', 'CSS selectors of banner elements.', strItems('CSS selector', 'One CSS selector.')) } }) }), default: [], check: list(record<BannerSelectorRule>({ origin: ehrOrigin, selectors: list(cssSelector, 'all', 20) }), 'drop', 100), userSettable: true },
  feedbackEndpoint: { schema: str('Feedback endpoint', 'https URL that receives clinicians\' reports of missed PHI and false masks (category, entity type, salted hash and model version only, never text). The endpoint must allow the extension origin (CORS). Empty: reports are kept in the local audit log.'), default: '', check: endpoint, userSettable: false },
  draftMarker: { schema: str('Draft marker', 'Text prepended to every generated summary to mark it as an AI draft (1 to 200 characters).'), default: 'DRAFT – AI-generated with ChartVeil, verify before use', check: text(200), userSettable: true },
  expectedKeys: { schema: node('array', 'Expected keys', 'Names of the keys this policy sets. ChartVeil compares them with what the browser delivered, to show values the browser dropped because they failed the schema.', strItems('Key name', 'One policy key name.')), default: [], check: list(text(60), 'drop', 60), userSettable: false },
  policyRevision: { schema: str('Policy revision', 'Free text shown in the About page to identify the policy revision, e.g. 2026-11-25.1.'), default: '', check: (raw) => (raw === '' ? { value: '', notes: [] } : text(100)(raw)), userSettable: false },
};

/** Keys in table order. */
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** The typed defaults: what an install with no policy and no user choices uses. */
export function defaultSettings(): PolicySettings {
  return structuredClone(Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].default]))) as unknown as PolicySettings;
}

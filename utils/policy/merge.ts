/**
 * The one merge rule for settings: policy beats user beats default, per key. A policy value is
 * locked (the UI shows "set by your organisation", read-only). Lists that only add protection
 * (deny terms, templates unless locked) are unions, with policy entries that users cannot remove.
 * If storage.managed could not be read, user values are ignored too: fail closed, defaults only.
 */
import { DEFAULT_TEMPLATES, SETTINGS, SETTING_KEYS, defaultSettings, type PolicySettings, type SettingKey, type SummaryTemplate } from './keys';
import type { PolicyIssue, ValidatedLayer } from './schema';

export type SettingSource = 'default' | 'user' | 'policy';

/** Every setting in force, where each came from, and everything worth reporting. */
export interface EffectivePolicy {
  values: PolicySettings;
  sources: Record<SettingKey, SettingSource>;
  /** True where the user cannot change the value (set by policy, or policy-only key). */
  locked: Record<SettingKey, boolean>;
  issues: PolicyIssue[];
  /** Key names storage.managed delivered (for diagnostics). */
  receivedPolicyKeys: string[];
  managedAvailable: boolean;
}

function unionTemplates(...layers: (SummaryTemplate[] | undefined)[]): SummaryTemplate[] {
  const byId = new Map<string, SummaryTemplate>();
  for (const layer of layers) for (const t of layer ?? []) byId.set(t.id, t);
  return [...byId.values()];
}

/**
 * Merges validated layers into the effective settings.
 * @example mergeLayers(validateLayer({ allowUnmask: false }, 'policy'), validateLayer({ allowUnmask: true }, 'user'), { receivedPolicyKeys: ['allowUnmask'], managedAvailable: true }).values.allowUnmask === false
 */
export function mergeLayers(
  policy: ValidatedLayer,
  user: ValidatedLayer,
  meta: { receivedPolicyKeys: string[]; managedAvailable: boolean },
): EffectivePolicy {
  const values = defaultSettings() as unknown as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  const locked = {} as Record<SettingKey, boolean>;
  const issues = [...policy.issues];
  const userValues = meta.managedAvailable ? user.values : {};
  if (meta.managedAvailable) issues.push(...user.issues);
  else issues.push({ key: '*', layer: 'policy', kind: 'unavailable', detail: 'managed policy could not be read; defaults only, user settings ignored' });

  for (const key of SETTING_KEYS) {
    const def = SETTINGS[key];
    const p = policy.values[key];
    const u = userValues[key];
    sources[key] = p !== undefined ? 'policy' : u !== undefined ? 'user' : 'default';
    locked[key] = !def.userSettable || (p !== undefined && def.merge !== 'union');
    if (def.merge === 'union' && key === 'denyTerms') {
      values[key] = [...new Set([...((p as string[] | undefined) ?? []), ...((u as string[] | undefined) ?? [])])];
    } else if (key !== 'summaryTemplates') {
      values[key] = structuredClone(p ?? u ?? def.default);
    }
  }
  // Templates: "add or lock".
  const lockTemplates = values.lockTemplates === true;
  const pT = policy.values.summaryTemplates;
  values.summaryTemplates = lockTemplates
    ? structuredClone(pT && pT.length ? pT : DEFAULT_TEMPLATES)
    : unionTemplates(DEFAULT_TEMPLATES, userValues.summaryTemplates, pT);
  locked.summaryTemplates = lockTemplates;
  if (lockTemplates && userValues.summaryTemplates) sources.summaryTemplates = 'policy';

  return { values: values as unknown as PolicySettings, sources, locked, issues, receivedPolicyKeys: meta.receivedPolicyKeys, managedAvailable: meta.managedAvailable };
}

/**
 * The one merge rule for settings: policy beats user beats default, per key. A policy value is
 * locked (the UI shows "set by your organisation", read-only). Lists that only add protection
 * (deny terms) are unions, with policy entries that users cannot remove. Templates are resolved
 * by utils/summary/templates.ts from the policy's additions and lock (see adapters.ts).
 * If storage.managed could not be read, user values are ignored too: fail closed, defaults only.
 */
import { SETTINGS, SETTING_KEYS, defaultSettings, type PolicySettings, type SettingKey } from './keys';
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
    values[key] = def.merge === 'union'
      ? [...new Set([...((p as string[] | undefined) ?? []), ...((u as string[] | undefined) ?? [])])]
      : structuredClone(p ?? u ?? def.default);
  }

  return { values: values as unknown as PolicySettings, sources, locked, issues, receivedPolicyKeys: meta.receivedPolicyKeys, managedAvailable: meta.managedAvailable };
}

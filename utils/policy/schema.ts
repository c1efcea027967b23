/**
 * Validation of one settings layer (the managed policy, or the user's own settings) against the
 * typed table in keys.ts, and the managed schema built from that table. Invariant: fail closed.
 * An unusable policy value falls back to its strict value and stays locked (the user cannot
 * override what the organisation tried to set); nothing invalid or unknown is dropped silently.
 */
import type { ChromeSchema } from './chrome-schema';
import { SETTINGS, SETTING_KEYS, type PolicySettings, type SettingKey } from './keys';

export type LayerName = 'policy' | 'user';

/** One PHI-free finding about a settings layer. */
export interface PolicyIssue {
  key: string;
  layer: LayerName;
  /**
   * invalid: unusable, fallback used; partial: some list entries dropped; unknown: not a ChartVeil
   * key; not-user-settable: only policy may set it; unavailable: storage.managed could not be read.
   */
  kind: 'invalid' | 'partial' | 'unknown' | 'not-user-settable' | 'unavailable';
  detail: string;
}

/** A validated layer: the usable values, the keys that were present but unusable, and findings. */
export interface ValidatedLayer {
  values: Partial<PolicySettings>;
  /** Keys present in the layer whose value was unusable (policy: locked to the strict value). */
  invalidKeys: SettingKey[];
  issues: PolicyIssue[];
}

/**
 * Validates one layer. For `policy`, an unusable value is replaced by the key's strict value
 * (and reported); for `user`, it is ignored (and reported), as are keys users may not set.
 * @example validateLayer({ failSafeThreshold: 7 }, 'policy').values.failSafeThreshold === 0.1
 */
export function validateLayer(raw: Record<string, unknown>, layer: LayerName): ValidatedLayer {
  const values: Record<string, unknown> = {};
  const invalidKeys: SettingKey[] = [];
  const issues: PolicyIssue[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      issues.push({ key, layer, kind: 'unknown', detail: 'not a ChartVeil setting; ignored' });
      continue;
    }
    const k = key as SettingKey;
    const def = SETTINGS[k];
    if (layer === 'user' && !def.userSettable) {
      issues.push({ key, layer, kind: 'not-user-settable', detail: 'only the organisation policy can set this; ignored' });
      continue;
    }
    const checked = (def.check as (v: unknown) => { value: unknown; notes: string[] })(value);
    if (checked.value === null) {
      invalidKeys.push(k);
      if (layer === 'policy') {
        values[k] = structuredClone(def.strict ?? def.default);
        issues.push({ key, layer, kind: 'invalid', detail: `${checked.notes.join('; ')}; the safe fallback is used and stays locked` });
      } else {
        issues.push({ key, layer, kind: 'invalid', detail: `${checked.notes.join('; ')}; ignored` });
      }
      continue;
    }
    values[k] = checked.value;
    if (checked.notes.length) issues.push({ key, layer, kind: 'partial', detail: `dropped ${checked.notes.join('; ')}` });
  }
  return { values: values as Partial<PolicySettings>, invalidKeys, issues };
}

/**
 * The managed-storage schema (Chrome's dialect) generated from the settings table. The file
 * public/managed_schema.json must equal this (a unit test checks; `npm run admin-docs` writes it).
 */
export function buildManagedSchema(): ChromeSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS[k].schema])),
  };
}

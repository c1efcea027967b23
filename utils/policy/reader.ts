/**
 * Reads the organisation policy (storage.managed) and the user's settings (storage.local,
 * key `userSettings`), validates both and merges them (merge.ts). Never caches: every read is
 * fresh, so a stale policy can never outlive a change; `watchPolicy` follows storage.onChanged
 * for the `managed` and `local` areas and re-reads.
 */
import { browser } from 'wxt/browser';
import { ChartVeilError } from '@/utils/errors';
import { SETTINGS, SETTING_KEYS, type PolicySettings, type SettingKey } from './keys';
import { mergeLayers, type EffectivePolicy } from './merge';
import { validateLayer } from './schema';

/** storage.local key holding the user's own settings (a partial PolicySettings). */
export const USER_SETTINGS_KEY = 'userSettings';

async function readManaged(): Promise<{ raw: Record<string, unknown>; ok: boolean }> {
  try {
    return { raw: ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>, ok: true };
  } catch {
    // COMPAT(chromium): get() rejects when the manifest schema is missing or the area is unsupported.
    return { raw: {}, ok: false };
  }
}

async function readUser(): Promise<Record<string, unknown>> {
  const got = await browser.storage.local.get(USER_SETTINGS_KEY);
  const v = got[USER_SETTINGS_KEY];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * Reads, validates and merges policy and user settings. The first call after browser start can
 * take about 3 s in Chromium (managed storage warm-up); later calls take about 1 ms.
 * @example const { values, sources } = await readEffectivePolicy(); values.gatewayUrl; sources.gatewayUrl // 'policy'
 */
export async function readEffectivePolicy(): Promise<EffectivePolicy> {
  const [managed, user] = await Promise.all([readManaged(), readUser()]);
  return mergeLayers(validateLayer(managed.raw, 'policy'), validateLayer(user, 'user'), {
    receivedPolicyKeys: Object.keys(managed.raw),
    managedAvailable: managed.ok,
  });
}

/**
 * Calls `onChange` with the fresh effective policy whenever the managed policy or the user's
 * settings change. Returns the function that stops watching.
 * @example const stop = watchPolicy((p) => render(p)); // later: stop()
 */
export function watchPolicy(onChange: (policy: EffectivePolicy) => void, onError?: (e: unknown) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) {
      readEffectivePolicy().then(onChange, (e) => onError?.(e));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Saves user settings. Refuses keys the policy locks (ERR_POLICY_LOCKED) and values that fail
 * validation (ERR_POLICY_INVALID); `null` removes the user's value for a key.
 * @example await saveUserSettings({ idleLockMinutes: 10 })
 */
export async function saveUserSettings(patch: { [K in SettingKey]?: PolicySettings[K] | null }): Promise<void> {
  const current = await readEffectivePolicy();
  const next = { ...(await readUser()) };
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTING_KEYS as string[]).includes(key)) throw new ChartVeilError('ERR_POLICY_INVALID', `Unknown setting: ${key}`);
    const k = key as SettingKey;
    if (!SETTINGS[k].userSettable || current.locked[k]) throw new ChartVeilError('ERR_POLICY_LOCKED', `Setting ${key} is set by your organisation`);
    if (value === null) {
      delete next[k];
      continue;
    }
    const v = validateLayer({ [k]: value }, 'user');
    if (v.invalidKeys.length || v.issues.length) throw new ChartVeilError('ERR_POLICY_INVALID', `Invalid value for ${key}`);
    next[k] = v.values[k];
  }
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: next });
}

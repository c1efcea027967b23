/**
 * Policy diagnostics: what the organisation meant to set versus what ChartVeil received and used.
 * Chromium silently drops policy values that fail managed_schema.json before the extension sees
 * them; the only way to notice is to compare the policy's own `expectedKeys` list with the keys
 * that arrived. Pure: takes the effective policy, returns rows for the diagnostics view.
 */
import { SETTING_KEYS, type SettingKey } from './keys';
import type { EffectivePolicy } from './merge';

export type DiagnosticStatus = 'applied' | 'dropped-by-browser' | 'invalid' | 'partial' | 'unknown' | 'not-set';

/** One row of the diagnostics view. `detail` never contains policy values, only reasons. */
export interface DiagnosticRow {
  key: string;
  status: DiagnosticStatus;
  detail: string;
}

export interface DiagnosticsReport {
  managedAvailable: boolean;
  policyRevision: string;
  /** Null when the policy does not list `expectedKeys` (dropped values cannot be detected). */
  expectedKeys: string[] | null;
  receivedKeys: string[];
  droppedByBrowser: string[];
  rows: DiagnosticRow[];
  /** Count of rows that need an administrator's attention. */
  problems: number;
}

const DROPPED_DETAIL =
  'listed in expectedKeys but not delivered: the browser dropped it because it failed managed_schema.json (wrong type or unknown key); check chrome://policy';

/**
 * Builds the diagnostics report for the effective policy.
 * @example diagnose(await readEffectivePolicy()).droppedByBrowser // ['failSafeThreshold'] when the admin wrote "0.3" as a string
 */
export function diagnose(policy: EffectivePolicy): DiagnosticsReport {
  const received = policy.receivedPolicyKeys;
  const expected = received.includes('expectedKeys') ? policy.values.expectedKeys : null;
  const dropped = (expected ?? []).filter((k) => !received.includes(k));
  const policyIssues = policy.issues.filter((i) => i.layer === 'policy');
  const rows: DiagnosticRow[] = [];

  if (!policy.managedAvailable) {
    rows.push({ key: '*', status: 'invalid', detail: 'storage.managed could not be read (missing schema or unsupported browser); defaults are in force' });
  }
  for (const key of dropped) {
    const known = (SETTING_KEYS as string[]).includes(key);
    rows.push({ key, status: known ? 'dropped-by-browser' : 'unknown', detail: known ? DROPPED_DETAIL : 'listed in expectedKeys but not a ChartVeil setting' });
  }
  for (const issue of policyIssues) {
    if (issue.kind === 'unavailable') continue;
    const status: DiagnosticStatus = issue.kind === 'partial' ? 'partial' : issue.kind === 'unknown' ? 'unknown' : 'invalid';
    rows.push({ key: issue.key, status, detail: issue.detail });
  }
  const flagged = new Set(rows.map((r) => r.key));
  const askForExpected = expected === null && received.length > 0;
  if (askForExpected) flagged.add('expectedKeys');
  for (const key of SETTING_KEYS) {
    if (flagged.has(key)) continue;
    const set = policy.sources[key as SettingKey] === 'policy' && received.includes(key);
    rows.push({ key, status: set ? 'applied' : 'not-set', detail: set ? 'applied from policy' : 'not set by policy' });
  }
  if (askForExpected) {
    rows.push({ key: 'expectedKeys', status: 'not-set', detail: 'add expectedKeys to the policy so that values dropped by the browser can be detected' });
  }
  const problems = rows.filter((r) => r.status !== 'applied' && r.status !== 'not-set').length;
  return {
    managedAvailable: policy.managedAvailable,
    policyRevision: policy.values.policyRevision,
    expectedKeys: expected,
    receivedKeys: [...received],
    droppedByBrowser: dropped,
    rows,
    problems,
  };
}

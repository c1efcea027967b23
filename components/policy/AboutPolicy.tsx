/**
 * "About / policy" view: every effective setting, its value and where it came from (default,
 * the user, or the organisation). Organisation values are shown read-only with a lock, so a
 * clinician sees at once what they cannot change. Props in, events out; no browser.* calls.
 */
import { SETTINGS, SETTING_KEYS, type SettingKey } from '../../utils/policy/keys';
import type { EffectivePolicy } from '../../utils/policy/merge';
import { formatSettingValue, SOURCE_LABELS } from './format';
import './policy.css';

export interface AboutPolicyProps {
  policy: Pick<EffectivePolicy, 'values' | 'sources' | 'locked'>;
  /** Extension version and engine model version, shown in the header when given. */
  version?: string;
  modelVersion?: string;
  /** Count of diagnostics problems; shows a warning link when above 0. */
  problems?: number;
  onOpenDiagnostics?: () => void;
  /** Clears the user's own value for a key (only offered for user-set, unlocked keys). */
  onResetUserValue?: (key: SettingKey) => void;
}

/** @example <AboutPolicy policy={effective} problems={report.problems} onOpenDiagnostics={show} /> */
export function AboutPolicy({ policy, version, modelVersion, problems = 0, onOpenDiagnostics, onResetUserValue }: AboutPolicyProps) {
  const managedCount = SETTING_KEYS.filter((k) => policy.sources[k] === 'policy').length;
  return (
    <section class="cv-policy" data-testid="about-policy" aria-labelledby="cv-policy-title">
      <h2 id="cv-policy-title">About ChartVeil</h2>
      {(version || modelVersion) && (
        <p class="cv-policy-meta">
          {version && <span data-testid="about-version">Version {version}</span>}
          {modelVersion && <span data-testid="about-model"> · PHI model {modelVersion}</span>}
        </p>
      )}
      <p class="cv-policy-summary" data-testid="policy-summary">
        {managedCount === 0
          ? 'No organisation policy is applied on this browser.'
          : `${managedCount} setting${managedCount === 1 ? ' is' : 's are'} set by your organisation and cannot be changed here.`}
      </p>
      {problems > 0 && (
        <button type="button" class="cv-policy-warn" data-testid="open-diagnostics" onClick={() => onOpenDiagnostics?.()}>
          {problems} policy problem{problems === 1 ? '' : 's'}: show diagnostics
        </button>
      )}
      <dl class="cv-policy-list">
        {SETTING_KEYS.map((key) => {
          const source = policy.sources[key];
          const locked = policy.locked[key];
          return (
            <div key={key} class="cv-policy-row" data-key={key} data-source={source} data-locked={String(locked)}>
              <dt title={SETTINGS[key].schema.description}>{SETTINGS[key].schema.title}</dt>
              <dd>
                <span class="cv-policy-value">{formatSettingValue(key, policy.values[key])}</span>
                <span class={`cv-policy-source cv-source-${source}`}>
                  {source === 'policy' && <span aria-hidden="true">🔒 </span>}
                  {SOURCE_LABELS[source]}
                  {source !== 'policy' && locked && ' (organisation only)'}
                </span>
                {source === 'user' && !locked && onResetUserValue && (
                  <button type="button" class="cv-policy-reset" onClick={() => onResetUserValue(key)}>Reset</button>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

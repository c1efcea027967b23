/**
 * Section: "About / policy": every effective setting with where it came from (policy, user,
 * default) and its lock, the policy diagnostics (values the browser dropped, invalid or unknown
 * keys) and the EHR sites plan. Read-only view of utils/policy; live on policy changes. Shown
 * collapsed so it never pushes the clinician's work down.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutPolicy } from '@/components/policy/AboutPolicy';
import { PolicyDiagnostics } from '@/components/policy/PolicyDiagnostics';
import { PolicyOrigins } from '@/components/policy/PolicyOrigins';
import { diagnose } from '@/utils/policy/diagnostics';
import type { EffectivePolicy } from '@/utils/policy/merge';
import { currentContentScriptPlan, type OriginPlan } from '@/utils/policy/origins';
import { readEffectivePolicy, saveUserSettings, watchPolicy } from '@/utils/policy/reader';
import type { PanelSectionDef, SectionProps } from '../sections';

function AboutPanel({ state }: SectionProps) {
  const [policy, setPolicy] = useState<EffectivePolicy>();
  const [plan, setPlan] = useState<OriginPlan>();
  const [showDiagnostics, setShowDiagnostics] = useState(false);

  useEffect(() => {
    let alive = true;
    const apply = (p: EffectivePolicy) => {
      if (!alive) return;
      setPolicy(p);
      void currentContentScriptPlan(p).then((o) => alive && setPlan(o), () => undefined);
    };
    const reload = () => void readEffectivePolicy().then(apply, () => undefined);
    reload();
    const stop = watchPolicy(apply);
    browser.permissions.onAdded.addListener(reload);
    browser.permissions.onRemoved.addListener(reload);
    return () => {
      alive = false;
      stop();
      browser.permissions.onAdded.removeListener(reload);
      browser.permissions.onRemoved.removeListener(reload);
    };
  }, []);

  if (!policy) return null;
  const report = diagnose(policy);
  return (
    <details class="cv-section" data-testid="about-section">
      <summary class="cv-link">About ChartVeil and your organisation's policy</summary>
      <AboutPolicy
        policy={policy}
        version={browser.runtime.getManifest().version}
        modelVersion={state.status === 'done' ? state.result.modelVersion : undefined}
        problems={report.problems}
        onOpenDiagnostics={() => setShowDiagnostics(true)}
        onResetUserValue={(key) => void saveUserSettings({ [key]: null }).catch(() => undefined)}
      />
      {(showDiagnostics || report.problems > 0) && (
        <PolicyDiagnostics report={report} onRefresh={() => void readEffectivePolicy().then(setPolicy)} onClose={() => setShowDiagnostics(false)} />
      )}
      {/* No await before request(): the browser needs the click's user gesture. */}
      {plan && <PolicyOrigins plan={plan} onGrant={(origin) => void browser.permissions.request({ origins: [origin] }).catch(() => false)} />}
    </details>
  );
}

export const aboutSection: PanelSectionDef = { id: 'about', visible: () => true, Component: AboutPanel };

/**
 * The EHR-sites part of the About page: where ChartVeil runs now, which allow-listed sites still
 * need the user's permission (with a Grant button that must run inside the click, for the
 * browser's user-gesture rule) and which granted sites the organisation's list excludes.
 * Props in, events out; no browser.* calls.
 */
import type { OriginPlan } from '../../utils/policy/origins';
import './policy.css';

export interface PolicyOriginsProps {
  plan: OriginPlan;
  /** Called inside the click handler: call permissions.request synchronously from it. */
  onGrant?: (pattern: string) => void;
}

/** @example <PolicyOrigins plan={await currentContentScriptPlan()} onGrant={(p) => browser.permissions.request({ origins: [p] })} /> */
export function PolicyOrigins({ plan, onGrant }: PolicyOriginsProps) {
  return (
    <section class="cv-policy" data-testid="policy-origins" aria-labelledby="cv-origins-title">
      <h3 id="cv-origins-title">EHR sites</h3>
      <p class="cv-policy-hint">
        {plan.decidedBy === 'policy' ? 'Your organisation decides where ChartVeil runs.' : 'ChartVeil runs on the sites you allowed.'}
      </p>
      {plan.matches.length === 0 ? (
        <p data-testid="origins-none">ChartVeil runs on no site yet.</p>
      ) : (
        <ul data-testid="origins-active">{plan.matches.map((m) => <li key={m}><code>{m}</code></li>)}</ul>
      )}
      {plan.needsPermission.length > 0 && (
        <>
          <p>Allowed by your organisation, waiting for your permission:</p>
          <ul data-testid="origins-pending">
            {plan.needsPermission.map((m) => (
              <li key={m}>
                <code>{m}</code>{' '}
                {onGrant && <button type="button" onClick={() => onGrant(m)}>Grant</button>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.excludedByPolicy.length > 0 && (
        <p data-testid="origins-excluded">
          Not used because your organisation's list does not include them: {plan.excludedByPolicy.join(', ')}
        </p>
      )}
    </section>
  );
}

/**
 * Policy diagnostics view: what the organisation's policy meant to set (its `expectedKeys`)
 * versus what the browser delivered and ChartVeil accepted. Values the browser silently dropped
 * for failing the schema show up here. Props in, events out; no browser.* calls.
 */
import { useState } from 'preact/hooks';
import type { DiagnosticRow, DiagnosticsReport, DiagnosticStatus } from '../../utils/policy/diagnostics';
import './policy.css';

export const STATUS_LABELS: Record<DiagnosticStatus, string> = {
  applied: 'Applied',
  'dropped-by-browser': 'Dropped by the browser',
  invalid: 'Rejected, safe fallback used',
  partial: 'Partly applied',
  unknown: 'Unknown key',
  'not-set': 'Not set',
};

export interface PolicyDiagnosticsProps {
  report: DiagnosticsReport;
  onRefresh?: () => void;
  onClose?: () => void;
}

const isProblem = (r: DiagnosticRow) => r.status !== 'applied' && r.status !== 'not-set';

/** @example <PolicyDiagnostics report={diagnose(effective)} onRefresh={reload} /> */
export function PolicyDiagnostics({ report, onRefresh, onClose }: PolicyDiagnosticsProps) {
  const [showAll, setShowAll] = useState(false);
  const rows = showAll ? report.rows : report.rows.filter((r) => r.status !== 'not-set');
  return (
    <section class="cv-policy" data-testid="policy-diagnostics" aria-labelledby="cv-diag-title">
      <h2 id="cv-diag-title">Policy diagnostics</h2>
      <p data-testid="diag-summary">
        {report.problems === 0 ? 'No policy problems found.' : `${report.problems} problem${report.problems === 1 ? '' : 's'} found.`}
        {report.policyRevision && ` Policy revision: ${report.policyRevision}.`}
      </p>
      {report.expectedKeys === null && report.receivedKeys.length > 0 && (
        <p class="cv-policy-hint">Values the browser dropped cannot be detected: the policy does not list expectedKeys.</p>
      )}
      <table class="cv-diag-table">
        <thead><tr><th scope="col">Setting</th><th scope="col">Status</th><th scope="col">Detail</th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.key}-${i}`} data-key={r.key} data-status={r.status} class={isProblem(r) ? 'cv-diag-problem' : undefined}>
              <td><code>{r.key}</code></td>
              <td>{STATUS_LABELS[r.status]}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="cv-policy-actions">
        <label>
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll((e.currentTarget as HTMLInputElement).checked)} /> Show settings not set by policy
        </label>
        {onRefresh && <button type="button" onClick={() => onRefresh()}>Refresh</button>}
        {onClose && <button type="button" onClick={() => onClose()}>Close</button>}
      </div>
    </section>
  );
}

/**
 * The panel's audit section: verify the local log, export it as JSONL, and show delivery state.
 * Props in, events out. Invariant: it shows only the verifier's PHI-free summary (index and
 * reason), never entry content.
 */
import type { VerifyResult } from '../../utils/audit/verify';
import { describeResult } from '../../utils/audit/verify';

export interface AuditVerifyViewProps {
  result: VerifyResult | null;
  busy?: boolean;
  /** Entries not yet acknowledged by the audit endpoint (undefined: no endpoint configured). */
  pending?: number;
  onVerify: () => void;
  onExport: () => void;
}

/** @example <AuditVerifyView result={r} pending={0} onVerify={verify} onExport={exportJsonl} /> */
export function AuditVerifyView({ result, busy = false, pending, onVerify, onExport }: AuditVerifyViewProps) {
  return (
    <div data-testid="audit">
      {result && (
        <p class={result.ok ? 'cv-muted' : 'cv-error'} role={result.ok ? 'status' : 'alert'} data-testid="audit-result"
          data-ok={String(result.ok)} data-index={result.ok ? undefined : String(result.index)}>
          {describeResult(result)}
        </p>
      )}
      {pending !== undefined && (
        <p class="cv-muted" data-testid="audit-pending">
          {pending === 0 ? 'All entries delivered to the audit server.' : `${pending} entries waiting for the audit server.`}
        </p>
      )}
      <div class="cv-row">
        <button class="cv-button" onClick={onVerify} disabled={busy}>{busy ? 'Verifying…' : 'Verify log'}</button>
        <button class="cv-button" onClick={onExport} disabled={busy}>Export JSONL</button>
      </div>
    </div>
  );
}

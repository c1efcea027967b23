/**
 * The streamed summary: state line (not signed in, sending, streaming, done, offline-queued,
 * error), the Markdown body with restored values highlighted (sanitized by utils/summary/markdown),
 * the masked/re-identified toggle, Copy and Insert (with the draft marker), and evidence links.
 * Props in, events out; no browser.* calls. Restored values exist only in this DOM.
 */
import { useMemo } from 'preact/hooks';
import type { SerializedError } from '../../utils/errors';
import type { Segment } from '../../utils/reidentify/stream';
import { appendDraftMarker, segmentsToText, versionFor } from '../../utils/reidentify/view';
import { linkEvidence } from '../../utils/summary/evidence';
import { renderSegments } from '../../utils/summary/markdown';
import type { SummaryState } from '../../utils/summary/run';
import { EvidenceList } from './EvidenceList';
import { gatewayErrorHint, gatewayErrorTitle } from './summary-text';
import './summary.css';

export interface SummaryViewProps {
  state: SummaryState | 'idle';
  segments: readonly Segment[];
  /** Show placeholders instead of restored values. */
  masked: boolean;
  /** Policy: copy/insert always give the masked version. */
  policyForcesMasked?: boolean;
  /** Policy draft marker appended to copied/inserted text ('' = none). */
  draftMarker?: string;
  error?: SerializedError;
  /** Requests waiting in the offline queue. */
  queuedCount?: number;
  /** Original selection, for evidence links (computed locally). */
  source?: string;
  onToggleMasked(next: boolean): void;
  onCopy(text: string): void;
  onInsert(text: string): void;
  onCancel(): void;
  onSignIn(): void;
  onRetry(): void;
  onEvidence?(ranges: { start: number; end: number }[]): void;
}

const STATE_LINE: Record<SummaryViewProps['state'], string> = {
  'idle': 'Choose a template and press Summarize.',
  'signed-out': 'Sign in to your organisation to summarize.',
  'sending': 'Sending sanitized text to the gateway…',
  'streaming': 'Summarizing…',
  'done': 'Summary ready. Names are restored on this screen only.',
  'queued': 'The gateway is unreachable. Your request is queued and will be sent when it returns.',
  'error': 'Summary failed.',
};

/** @example <SummaryView state="streaming" segments={segs} masked={false} ...handlers /> */
export function SummaryView(p: SummaryViewProps) {
  const version = versionFor({ masked: p.masked });
  const html = useMemo(() => (p.segments.length ? renderSegments(p.segments, version) : ''), [p.segments, p.segments.length, version]);
  const outputVersion = versionFor({ masked: p.masked, policyForcesMasked: p.policyForcesMasked });
  const output = () => appendDraftMarker(segmentsToText(p.segments, outputVersion), p.draftMarker);
  const evidence = useMemo(
    () => (p.state === 'done' && p.source ? linkEvidence(segmentsToText(p.segments, 'reidentified'), p.source) : []),
    [p.state, p.source, p.segments, p.segments.length],
  );
  const busy = p.state === 'sending' || p.state === 'streaming';
  const code = p.error?.code;

  return (
    <div class="cv-summary" data-testid="summary-view" data-state={p.state}>
      <p class="cv-summary-state" data-state={p.state} role="status" aria-live="polite">
        {busy && <span class="cv-spinner" aria-hidden="true" />}
        <span>
          {p.state === 'error' && code ? gatewayErrorTitle(code) : STATE_LINE[p.state]}
          {p.state === 'queued' && p.queuedCount ? ` (${p.queuedCount} waiting)` : ''}
        </span>
      </p>
      {p.state === 'error' && code && (
        <p class="cv-muted" data-testid="summary-error">{[p.error?.message, gatewayErrorHint(code)].filter(Boolean).join(' ')}</p>
      )}
      {html && (
        <div
          class="cv-summary-body"
          data-testid="summary-body"
          tabIndex={0}
          aria-label={p.masked ? 'Summary (masked)' : 'Summary'}
          aria-busy={busy}
          // Sanitized by DOMPurify in renderSegments; originals are text nodes only.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
      <div class="cv-actions">
        {p.state === 'signed-out' && <button type="button" class="cv-button cv-button-primary" data-testid="sign-in" onClick={() => p.onSignIn()}>Sign in</button>}
        {busy && <button type="button" class="cv-button" data-testid="cancel" onClick={() => p.onCancel()}>Cancel</button>}
        {(p.state === 'queued' || p.state === 'error') && code !== 'ERR_GATEWAY_AUTH' && (
          <button type="button" class="cv-button" data-testid="retry" onClick={() => p.onRetry()}>{p.state === 'queued' ? 'Retry now' : 'Try again'}</button>
        )}
        {p.state === 'done' && (
          <>
            <button type="button" class="cv-button cv-switch" data-testid="toggle-masked" aria-pressed={p.masked} onClick={() => p.onToggleMasked(!p.masked)}>
              {p.masked ? 'Masked view' : 'Show masked'}
            </button>
            <button type="button" class="cv-button" data-testid="copy" onClick={() => p.onCopy(output())}>Copy</button>
            <button type="button" class="cv-button cv-button-primary" data-testid="insert" onClick={() => p.onInsert(output())}>Insert into note</button>
          </>
        )}
      </div>
      {p.state === 'done' && p.policyForcesMasked && <p class="cv-muted">Policy: copied and inserted text stays masked.</p>}
      {evidence.length > 0 && (
        <details class="cv-evidence-box">
          <summary class="cv-link">Evidence: where each sentence came from</summary>
          <EvidenceList links={evidence} source={p.source!} onHighlight={p.onEvidence} />
        </details>
      )}
    </div>
  );
}

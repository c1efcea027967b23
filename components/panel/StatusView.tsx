/**
 * The panel's non-result states: empty (how to start), loading (with engine progress) and error
 * (switching on error.code). Props in, events out; the `done` state is rendered by sections.
 */
import type { SerializedError } from '../../utils/errors';
import { describeError } from './error-text';
import './panel.css';

export type StatusViewProps =
  | { status: 'empty'; onCapture?: () => void }
  | { status: 'loading'; chars: number; progress: { done: number; total: number } | null }
  | { status: 'error'; error: SerializedError; onCapture?: () => void };

/** @example <StatusView status="loading" chars={1200} progress={{ done: 2, total: 5 }} /> */
export function StatusView(props: StatusViewProps) {
  if (props.status === 'loading') {
    const pct = props.progress && props.progress.total > 0 ? Math.round((100 * props.progress.done) / props.progress.total) : null;
    return (
      <div class="cv-status" role="status" data-testid="status-loading">
        <p class="cv-status-title">Masking PHI on this device…</p>
        <div class="cv-progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined} role="progressbar">
          <div class={pct === null ? 'cv-progress-bar cv-indeterminate' : 'cv-progress-bar'} style={pct === null ? undefined : { width: `${pct}%` }} />
        </div>
        <p class="cv-muted">{props.chars.toLocaleString()} characters{pct !== null ? ` · ${pct}%` : ''}</p>
      </div>
    );
  }
  if (props.status === 'error') {
    const text = describeError(props.error.code);
    return (
      <div class="cv-status cv-status-error" role="alert" data-testid="status-error" data-code={props.error.code}>
        <p class="cv-status-title">{text.title}</p>
        <p class="cv-muted">{text.hint}</p>
        {props.onCapture && <button class="cv-button" onClick={props.onCapture}>Capture selection</button>}
      </div>
    );
  }
  return (
    <div class="cv-status" data-testid="status-empty">
      <p class="cv-status-title">Select text in the chart</p>
      <ol class="cv-steps">
        <li>Select a note, or part of one, in the EHR.</li>
        <li>Right-click → <strong>Summarize with ChartVeil</strong>, press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>, or use the button below.</li>
        <li>Review the masked text here. PHI never leaves this device.</li>
      </ol>
      {props.onCapture && <button class="cv-button" onClick={props.onCapture}>Capture selection</button>}
    </div>
  );
}

/** The panel's top bar: product name, the on-device promise, and the capture button. */
import './panel.css';

export interface PanelHeaderProps {
  onCapture?: () => void;
  busy?: boolean;
}

/** @example <PanelHeader onCapture={capture} busy={state.status === 'loading'} /> */
export function PanelHeader({ onCapture, busy }: PanelHeaderProps) {
  return (
    <header class="cv-header">
      <div>
        <h1 class="cv-title">ChartVeil</h1>
        <p class="cv-tagline">PHI is masked on this device</p>
      </div>
      {onCapture && (
        <button class="cv-button cv-button-primary" onClick={onCapture} disabled={busy} data-testid="capture-button">
          Capture selection
        </button>
      )}
    </header>
  );
}

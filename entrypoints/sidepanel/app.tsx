/**
 * The side panel app: header, the current analysis state, then every feature section in order
 * (sections.ts). Components stay browser-free; this file and sections/ do the wiring.
 */
import { PanelHeader } from '@/components/panel/PanelHeader';
import { StatusView } from '@/components/panel/StatusView';
import { sendToBackground } from '@/utils/messaging/client';
import { SECTIONS } from './sections';
import { useAnalysis } from './use-analysis';
import '@/components/panel/panel.css';

function capture(): void {
  sendToBackground('bg.captureActiveTab', {}).catch(() => undefined);
}

export function App() {
  const state = useAnalysis();
  return (
    <main class="cv-app" data-status={state.status} data-request-id={state.status === 'empty' ? undefined : state.requestId}>
      <PanelHeader onCapture={capture} busy={state.status === 'loading'} />
      {state.status === 'empty' && <StatusView status="empty" />}
      {state.status === 'loading' && <StatusView status="loading" chars={state.chars} progress={state.progress} />}
      {state.status === 'error' && <StatusView status="error" error={state.error} />}
      {SECTIONS.filter((s) => s.visible(state)).map(({ id, Component }) => <Component key={id} state={state} />)}
    </main>
  );
}

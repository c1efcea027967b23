/**
 * The whole "Summarize" section, ready to drop into the side panel: template picker + streamed
 * summary view driven by a Summarizer (utils/summary/run). Props in, events out; the panel
 * supplies the summarizer and does the browser work (sign-in, clipboard, insert) in the events.
 * Restored values live only in this component's state.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Summarizer } from '../../utils/summary/run';
import { editPrompt, type SummaryTemplate } from '../../utils/summary/templates';
import { SummaryView } from './SummaryView';
import { TemplatePicker } from './TemplatePicker';
import { useSummaryRun } from './use-summary';

export interface SummarySectionProps {
  summarizer: Pick<Summarizer, 'summarize'>;
  /** From resolveTemplates({ policy, userEdits }). */
  templates: readonly SummaryTemplate[];
  /** The engine's output for the current selection; undefined until ready. */
  analysis?: { sanitized: string; placeholders: { placeholder: string; original: string }[] };
  /** The original selection (local only), for evidence links. */
  source?: string;
  signedIn: boolean;
  policyForcesMasked?: boolean;
  draftMarker?: string;
  queuedCount?: number;
  onSignIn(): void;
  onCopy(text: string): void;
  onInsert(text: string): void;
  /** Retry the offline queue now. */
  onFlushQueue?(): void;
  /** The user edited a template prompt (persist it as a user edit). */
  onPromptEdit?(id: string, prompt: string): void;
  onEvidence?(ranges: { start: number; end: number }[]): void;
}

/** @example <SummarySection summarizer={s} templates={ts} analysis={a} source={text} signedIn onSignIn={...} onCopy={...} onInsert={...} /> */
export function SummarySection(p: SummarySectionProps) {
  const run = useSummaryRun(p.summarizer);
  const [templateId, setTemplateId] = useState(p.templates[0]?.id ?? '');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [masked, setMasked] = useState(false);
  const templates = useMemo(() => p.templates.map((t) => (edits[t.id] && !t.locked ? { ...t, prompt: edits[t.id]! } : t)), [p.templates, edits]);
  const template = templates.find((t) => t.id === templateId) ?? templates[0];
  useEffect(() => { run.reset(); }, [p.analysis?.sanitized]); // a new selection starts over

  const summarize = () => {
    if (!p.analysis || !template) return;
    setMasked(false);
    void run.start({ sanitized: p.analysis.sanitized, placeholders: p.analysis.placeholders, template });
  };
  const state = !p.signedIn && run.state === 'idle' ? 'signed-out' : run.state;
  const busy = run.state === 'sending' || run.state === 'streaming';

  return (
    <div class="cv-summary-section" data-testid="summary-section">
      <TemplatePicker
        templates={templates}
        selectedId={template?.id ?? ''}
        onSelect={setTemplateId}
        onPromptChange={(id, prompt) => {
          const t = templates.find((x) => x.id === id);
          if (!t || t.locked) return;
          setEdits((e) => ({ ...e, [id]: prompt }));
          try { p.onPromptEdit?.(id, editPrompt(t, prompt)); } catch { /* empty or too long: not persisted */ }
        }}
        onSummarize={summarize}
        disabled={busy || !p.analysis || !p.signedIn}
      />
      <SummaryView
        state={state}
        segments={run.segments}
        masked={masked}
        policyForcesMasked={p.policyForcesMasked}
        draftMarker={p.draftMarker}
        error={run.error}
        queuedCount={p.queuedCount}
        source={p.source}
        onToggleMasked={setMasked}
        onCopy={p.onCopy}
        onInsert={p.onInsert}
        onCancel={run.cancel}
        onSignIn={() => { run.reset(); p.onSignIn(); }}
        onRetry={() => (run.state === 'queued' && p.onFlushQueue ? p.onFlushQueue() : summarize())}
        onEvidence={p.onEvidence}
      />
    </div>
  );
}

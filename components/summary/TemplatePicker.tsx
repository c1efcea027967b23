/**
 * Template picker: one radio per template (native radios, so arrow keys work), an editable
 * prompt for the selected one unless policy locked it, and the Summarize action.
 * Props in, events out; no browser.* calls.
 */
import type { SummaryTemplate } from '../../utils/summary/templates';
import './summary.css';

export interface TemplatePickerProps {
  templates: readonly SummaryTemplate[];
  selectedId: string;
  onSelect(id: string): void;
  /** Called with the edited prompt; omitted = editing hidden. */
  onPromptChange?(id: string, prompt: string): void;
  onSummarize(): void;
  /** Disables Summarize (e.g. nothing sanitized yet, or a run in flight). */
  disabled?: boolean;
}

/** @example <TemplatePicker templates={ts} selectedId="brief" onSelect={setId} onSummarize={run} /> */
export function TemplatePicker(props: TemplatePickerProps) {
  const selected = props.templates.find((t) => t.id === props.selectedId) ?? props.templates[0];
  return (
    <div class="cv-template-picker" data-testid="template-picker">
      <fieldset class="cv-templates">
        <legend>Template</legend>
        {props.templates.map((t) => (
          <label key={t.id} class="cv-template" title={t.description}>
            <input type="radio" name="cv-template" value={t.id} checked={t.id === selected?.id} onChange={() => props.onSelect(t.id)} />
            {t.name}
            {t.locked && <span class="cv-template-lock" aria-label="locked by policy">🔒</span>}
          </label>
        ))}
      </fieldset>
      {selected && props.onPromptChange && (
        <details class="cv-prompt">
          <summary>{selected.locked ? 'View prompt (locked by policy)' : 'Edit prompt'}</summary>
          <textarea
            aria-label={`Prompt for ${selected.name}`}
            value={selected.prompt}
            readOnly={selected.locked}
            onChange={(e) => props.onPromptChange?.(selected.id, (e.currentTarget as HTMLTextAreaElement).value)}
          />
        </details>
      )}
      <div class="cv-actions">
        <button type="button" class="cv-button cv-button-primary" data-testid="summarize" disabled={props.disabled || !selected} onClick={() => props.onSummarize()}>
          Summarize{selected ? `: ${selected.name}` : ''}
        </button>
      </div>
    </div>
  );
}

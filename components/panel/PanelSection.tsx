/**
 * A titled block of the side panel. Every feature (preview, summary, drafts, audit, policy, sites)
 * renders inside one, so the panel reads as a column of sections at 360 px.
 */
import type { ComponentChildren } from 'preact';
import './panel.css';

export interface PanelSectionProps {
  id: string;
  title: string;
  /** Short text on the right of the title, e.g. counts or timing. */
  meta?: string;
  children: ComponentChildren;
}

/** @example <PanelSection id="preview" title="Masked preview">…</PanelSection> */
export function PanelSection({ id, title, meta, children }: PanelSectionProps) {
  return (
    <section class="cv-section" data-section={id} aria-labelledby={`cv-section-${id}`}>
      <header class="cv-section-header">
        <h2 id={`cv-section-${id}`}>{title}</h2>
        {meta && <span class="cv-muted">{meta}</span>}
      </header>
      {children}
    </section>
  );
}

/**
 * Evidence links: each summary sentence as a button; activating it shows the source sentences
 * it came from and emits their ranges so the preview can highlight them. Local data only.
 */
import { useState } from 'preact/hooks';
import type { EvidenceLink } from '../../utils/summary/evidence';

export interface EvidenceListProps {
  links: readonly EvidenceLink[];
  /** The original selection the ranges point into (shown locally). */
  source: string;
  /** Ranges (UTF-16 offsets into `source`) to highlight; empty to clear. */
  onHighlight?(ranges: { start: number; end: number }[]): void;
}

/** @example <EvidenceList links={linkEvidence(summary, selection)} source={selection} onHighlight={setRanges} /> */
export function EvidenceList({ links, source, onHighlight }: EvidenceListProps) {
  const [open, setOpen] = useState<number | null>(null);
  const toggle = (i: number) => {
    const next = open === i ? null : i;
    setOpen(next);
    onHighlight?.(next === null ? [] : links[next]!.sources.map(({ start, end }) => ({ start, end })));
  };
  return (
    <ol class="cv-evidence" data-testid="evidence-list" aria-label="Evidence for each summary sentence">
      {links.map((link, i) => (
        <li key={i}>
          <button type="button" aria-expanded={open === i} onClick={() => toggle(i)}>
            {link.sentence.text} <span class="cv-muted">({link.sources.length === 0 ? 'no source found' : `${link.sources.length} source${link.sources.length > 1 ? 's' : ''}`})</span>
          </button>
          {open === i && link.sources.map((s, k) => <blockquote key={k}>{source.slice(s.start, s.end)}</blockquote>)}
        </li>
      ))}
    </ol>
  );
}
